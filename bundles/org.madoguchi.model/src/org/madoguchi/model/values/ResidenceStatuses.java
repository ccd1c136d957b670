package org.madoguchi.model.values;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.madoguchi.model.ResidenceStatus;

/** Facts of immigration law about statuses that the register and the validator need. */
public final class ResidenceStatuses {

	/** Statuses without a period of stay: nationals, permanent and special permanent residents, HSP (ii). */
	private static final Set<ResidenceStatus> WITHOUT_PERIOD = EnumSet.of(ResidenceStatus.NATIONAL,
			ResidenceStatus.PERMANENT, ResidenceStatus.SPECIAL_PERMANENT, ResidenceStatus.HIGHLY_SKILLED2);

	/** Whether a resident of this status has a period of stay whose end must be recorded. */
	public static boolean hasPeriodOfStay(ResidenceStatus status) {
		return !WITHOUT_PERIOD.contains(status);
	}

	/**
	 * The status for a command-line or CSV word such as {@code permanent} or {@code highly-skilled-2}
	 * (case and surrounding spaces ignored).
	 *
	 * @throws InvalidValueException for a word that names no status
	 */
	public static ResidenceStatus fromWord(String word) {
		ResidenceStatus status = word == null ? null : ResidenceStatus.get(word.strip().toLowerCase(Locale.ROOT));
		if (status == null) {
			throw new InvalidValueException(new Problem("residenceStatus.unknown", word));
		}
		return status;
	}

	private ResidenceStatuses() {
	}
}
