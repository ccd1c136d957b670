package org.madoguchi.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.madoguchi.model.values.Problem;
import org.madoguchi.store.FailedLogins;
import org.madoguchi.store.LoginFailures;

/**
 * Decides a login attempt under the office's rules: an ID locked now is refused before its
 * password is looked at; a wrong password or an unknown ID counts as a failure, and the failure
 * that reaches the allowed number locks the ID; a login that works forgets the failures. Unknown
 * IDs are counted and locked like known ones, so that a lock tells nobody which IDs exist.
 */
final class LoginGuard {

	/** What became of an attempt. */
	enum Outcome {
		ACCEPTED, FAILED, LOCKED
	}

	/** An attempt's outcome, with the end of the ID's lock when it is locked (now or by this failure). */
	record Attempt(Outcome outcome, Instant lockedUntil) {

		/** What the audit entry of a failed attempt says. */
		Problem auditDetail(Clock clock) {
			String until = lockedUntil == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME
					.format(LocalDateTime.ofInstant(lockedUntil, clock.getZone()).withNano(0));
			return outcome == Outcome.LOCKED ? AuditDetail.of("loginRefused", until)
					: until == null ? AuditDetail.of("loginWrong") : AuditDetail.of("loginWrongLocked", until);
		}

		/** The refusal the operator reads: the same words for a wrong password and an unknown ID. */
		ServiceException refusal(LoginRules rules, Clock clock) {
			if (outcome == Outcome.LOCKED) {
				String until = DateTimeFormatter.ofPattern("HH:mm").format(LocalDateTime.ofInstant(lockedUntil, clock.getZone()));
				return ServiceException.of("login.locked", until, rules.attempts());
			}
			return ServiceException.of("login.failed");
		}
	}

	/** The operator_id column's width: an ID typed longer is recorded by its beginning. */
	private static final int ID_WIDTH = 64;

	private final LoginFailures failures;
	private final LoginRules rules;
	private final Clock clock;

	LoginGuard(LoginFailures failures, LoginRules rules, Clock clock) {
		this.failures = failures;
		this.rules = rules;
		this.clock = clock;
	}

	/** The ID as the register records it. */
	static String recorded(String operatorId) {
		return operatorId.length() > ID_WIDTH ? operatorId.substring(0, ID_WIDTH) : operatorId;
	}

	/** @param passwordRight asked only when the ID is not locked */
	Attempt attempt(String operatorId, BooleanSupplier passwordRight) {
		String id = recorded(operatorId);
		Instant now = clock.instant();
		Optional<FailedLogins> before = failures.find(id);
		Instant lockedUntil = before.map(FailedLogins::lockedUntil).orElse(null);
		if (lockedUntil != null && lockedUntil.isAfter(now)) {
			return new Attempt(Outcome.LOCKED, lockedUntil);
		}
		if (passwordRight.getAsBoolean()) {
			failures.clear(id);
			return new Attempt(Outcome.ACCEPTED, null);
		}
		int inARow = (lockedUntil == null ? before.map(FailedLogins::inARow).orElse(0) : 0) + 1;
		Instant lock = inARow >= rules.attempts() ? now.plus(Duration.ofMinutes(rules.lockMinutes())) : null;
		failures.save(id, new FailedLogins(lock == null ? inARow : 0, lock));
		return new Attempt(Outcome.FAILED, lock);
	}
}
