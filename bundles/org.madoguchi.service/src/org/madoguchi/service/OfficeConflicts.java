package org.madoguchi.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.store.Session;
import org.madoguchi.store.SyncConflict;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The branch offices' entries central kept instead of applying them, and a supervisor's decision
 * on each: apply the office's entry over central's state, or keep central's.
 */
public final class OfficeConflicts {

	/** The side a decision keeps. */
	public enum Keep {
		OFFICE, CENTRAL;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * A conflict as a supervisor reads it.
	 *
	 * @param reason why central did not apply the entry, in the reader's language
	 * @param officeEntry the office's entry (JSON: sequence, operator, recordedAt, useCase, input, reads, created)
	 * @param centralSide the entry that changed the record at central (JSON, the same fields and its office), or null when the use case refused here
	 * @param status {@code pending}, {@code office} or {@code central}
	 */
	public record Conflict(long id, String office, long sequence, String useCase, Long residentId, String reason, String officeEntry,
			String centralSide, Instant detectedAt, String status, String decidedBy, Instant decidedAt, String decisionReason) {
	}

	private static final Gson READABLE = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private final Register register;

	OfficeConflicts(Register register) {
		this.register = register;
	}

	/** The pending conflicts, or with {@code all} the decided ones too, by id, their reasons in {@code locale}'s language. */
	public List<Conflict> list(boolean all, Locale locale) {
		register.require(Permission.SUPERVISE, "read the conflicts");
		return register.store().read(session -> atCentral(session).conflicts().list(all)).stream().map(conflict -> view(conflict, locale)).toList();
	}

	/**
	 * Decides conflict {@code id} (a supervisor's; audited): {@link Keep#OFFICE} applies the office's
	 * entry now, on the records as central holds them (refused, and left pending, when its use case
	 * refuses them); {@link Keep#CENTRAL} keeps central's state and the office's entry stays unapplied.
	 */
	public Conflict resolve(long id, Keep keep, String reason, Locale locale) {
		register.require(Permission.SUPERVISE, "decide conflicts");
		try {
			return view(decide(id, keep, reason), locale);
		} catch (ServiceException refused) {
			throw refused.masked();
		}
	}

	private SyncConflict decide(long id, Keep keep, String reason) {
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		return register.store().write(session -> {
			SyncConflict conflict = atCentral(session).conflicts().find(id).orElseThrow(() -> ServiceException.of("conflict.unknown", id));
			if (!conflict.pending()) {
				throw ServiceException.of("conflict.decided", id, conflict.status());
			}
			if (keep == Keep.OFFICE) {
				EntryReplay.apply(register, session,
						ChangeJournal.Entry.of(conflict.office(), JsonParser.parseString(conflict.officeEntry()).getAsJsonObject()));
			}
			session.conflicts().decide(id, keep.code(), register.operator().id(), register.now(), why);
			register.audit(session, AuditOperation.SYNC_RESOLVE, conflict.residentId(), why == null
					? AuditDetail.of("conflictDecided", id, conflict.sequence(), conflict.office(), conflict.useCase(), AuditDetail.kept(keep))
					: AuditDetail.of("conflictDecidedBecause", id, conflict.sequence(), conflict.office(), conflict.useCase(), AuditDetail.kept(keep), why));
			return session.conflicts().find(id).orElseThrow();
		});
	}

	/** The session, once it proved to be central's: an office keeps no conflicts of its own. */
	private static Session atCentral(Session session) {
		String own = ChangeJournal.office(session);
		if (!own.equals(ChangeJournal.CENTRAL)) {
			throw ServiceException.of("conflict.atOffice", own);
		}
		return session;
	}

	/** One side of a conflict (an entry as JSON) laid out on lines for reading, as the workbench shows the two side by side. */
	public static String readable(String side) {
		return READABLE.toJson(JsonParser.parseString(side));
	}

	/** The conflict as a supervisor reads it: the Individual Numbers its reason and sides quote masked, as on every screen that did not ask to show one. */
	private static Conflict view(SyncConflict conflict, Locale locale) {
		JsonObject reason = JsonParser.parseString(conflict.reason()).getAsJsonObject();
		String text = reason.get(Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? "ja" : "en").getAsString();
		return new Conflict(conflict.id(), conflict.office(), conflict.sequence(), conflict.useCase(), conflict.residentId(),
				IndividualNumber.maskWithin(text), IndividualNumber.maskWithin(conflict.officeEntry()),
				conflict.centralSide() == null ? null : IndividualNumber.maskWithin(conflict.centralSide()), conflict.detectedAt(), conflict.status(),
				conflict.decidedBy(), conflict.decidedAt(), conflict.decisionReason());
	}
}
