package org.madoguchi.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.madoguchi.model.values.Problem;

/**
 * The clock that decides the register's "today": the system's, or a fixed day given as the
 * system property {@value #PROPERTY} (ISO date), for training on a set day and for tests, whose
 * results must not depend on the day they run. A fixed day is named in the login's audit entry.
 */
public final class RegisterClock {

	/** {@code -Dmadoguchi.today=2026-11-20}: the register runs as if it were that day. */
	public static final String PROPERTY = "madoguchi.today";

	private RegisterClock() {
	}

	/** The clock the front ends open the register with. */
	public static Clock configured() {
		String day = System.getProperty(PROPERTY);
		if (day == null || day.isBlank()) {
			return Clock.systemDefaultZone();
		}
		return fixedAt(parse(day.strip()));
	}

	/** A clock that stands on {@code day}, at nine in the morning in the system's time zone. */
	public static Clock fixedAt(LocalDate day) {
		ZoneId zone = ZoneId.systemDefault();
		return Clock.fixed(day.atTime(9, 0).atZone(zone).toInstant(), zone);
	}

	/** What the login's audit entry says of {@code clock}: nothing for the system's own. */
	static Problem auditNote(Clock clock) {
		return clock.equals(Clock.system(clock.getZone())) ? null : AuditDetail.of("clockSet", LocalDate.now(clock), PROPERTY);
	}

	private static LocalDate parse(String day) {
		try {
			return LocalDate.parse(day);
		} catch (DateTimeParseException e) {
			throw ServiceException.of("clock.invalid", PROPERTY, day);
		}
	}
}
