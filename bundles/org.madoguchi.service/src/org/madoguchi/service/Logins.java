package org.madoguchi.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.PasswordHasher;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Session;
import org.madoguchi.store.Store;

/**
 * Logging in to a production register under the office's rules against guessing passwords (see
 * {@link LoginGuard}): a failed attempt is an audit entry under the ID as typed, and the login's
 * own entry is written in the transaction that decided it.
 */
final class Logins {

	/** A register a login opened: its store, the key an encrypted one was opened with (else null), and who logged in. */
	record Opened(Store store, String databaseKey, Operator operator) {
	}

	/**
	 * Opens an encrypted embedded register: the operator's password unwraps its key. A failed login
	 * unlocks nothing to record it in, so it waits beside the register (see {@link LoginFailureFile})
	 * and goes into the audit trail with the next login that works.
	 */
	static Opened encrypted(DatabaseLocation location, Login login, Clock clock) {
		LoginFailureFile failures = new LoginFailureFile(location.folder());
		LoginRules rules = failures.rules();
		char[][] password = new char[1][];
		String[] databaseKey = new String[1];
		try {
			LoginGuard.Attempt attempt = new LoginGuard(failures, rules, clock).attempt(login.operatorId(), () -> {
				password[0] = login.password().get();
				databaseKey[0] = new DatabaseKeys(location.folder()).unlock(login.operatorId(), password[0]).orElse(null);
				return databaseKey[0] != null;
			});
			if (attempt.outcome() != LoginGuard.Outcome.ACCEPTED) {
				failures.keep(clock.instant(), LoginGuard.recorded(login.operatorId()), attempt.auditDetail(clock).english());
				throw attempt.refusal(rules, clock);
			}
			Store store = Store.open(location, databaseKey[0]);
			try {
				List<LoginFailureFile.Pending> waiting = failures.pending();
				Operator operator = store.write(session -> {
					for (LoginFailureFile.Pending failure : waiting) {
						session.audit().append(LocalDateTime.now(clock), failure.operatorId(), AuditOperation.LOGIN_FAILED.code(), null,
								failure.detail() + " (at " + failure.at() + ", recorded at the next login)");
					}
					return loggedIn(session, login.operatorId(), password[0], clock)
							.orElseThrow(() -> ServiceException.of("login.failed"));
				});
				failures.recorded(waiting);
				failures.rememberRules(store.read(session -> LoginRules.of(session.settings())));
				return new Opened(store, databaseKey[0], operator);
			} catch (RuntimeException e) {
				store.close();
				throw e;
			}
		} finally {
			if (password[0] != null) {
				Arrays.fill(password[0], '\0');
			}
		}
	}

	/**
	 * A server register's login: the attempt, its outcome under the office's rules and its audit
	 * entry in one transaction, so that every failure is recorded where it happened.
	 */
	static Operator onServer(Store store, Login login, Clock clock) {
		char[] password = login.password().get();
		try {
			record Outcome(LoginGuard.Attempt attempt, Optional<Operator> operator, LoginRules rules) {
			}
			Outcome outcome = store.write(session -> {
				LoginRules rules = LoginRules.of(session.settings());
				List<Optional<Operator>> found = new ArrayList<>(List.of(Optional.empty()));
				LoginGuard.Attempt attempt = new LoginGuard(session.loginFailures(), rules, clock).attempt(login.operatorId(), () -> {
					found.set(0, withPassword(session, login.operatorId(), password));
					return found.get(0).isPresent();
				});
				if (attempt.outcome() == LoginGuard.Outcome.ACCEPTED) {
					session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(clock), login.operatorId(), AuditOperation.LOGIN, null,
							RegisterClock.auditNote(clock))));
				} else {
					session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(clock), LoginGuard.recorded(login.operatorId()),
							AuditOperation.LOGIN_FAILED, null, attempt.auditDetail(clock))));
				}
				return new Outcome(attempt, found.get(0), rules);
			});
			return outcome.operator().orElseThrow(() -> outcome.attempt().refusal(outcome.rules(), clock));
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** The operator whose password this is, with the login's audit entry; empty for a wrong password. */
	private static Optional<Operator> loggedIn(Session session, String operatorId, char[] password, Clock clock) {
		Optional<Operator> operator = withPassword(session, operatorId, password);
		operator.ifPresent(found -> session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(clock), operatorId, AuditOperation.LOGIN,
				null, RegisterClock.auditNote(clock)))));
		return operator;
	}

	/** The active operator with this ID whose password this is, as the front ends see them. */
	private static Optional<Operator> withPassword(Session session, String operatorId, char[] password) {
		return session.operators().find(operatorId).filter(found -> PasswordHasher.matches(password, found.passwordHash()))
				.map(found -> new Operator(found.id(), found.name(), Role.valueOf(found.role())));
	}

	private Logins() {
	}
}
