package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.service.Login;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Role;
import org.madoguchi.testing.TestPostgres;

/**
 * Passwords cannot be guessed through the register: five failed logins in a row lock the operator
 * ID (known or not, with the same words) for the office's minutes, every failure is an audit
 * entry, and a supervisor can unlock at once. On an encrypted embedded register and on PostgreSQL.
 */
class LoginLockTest {

	/** 09:00 in Tokyo. */
	private static final Instant NINE = Instant.parse("2026-12-02T00:00:00Z");

	@TempDir
	Path folder;

	private DatabaseLocation register(String kind) throws SQLException {
		DatabaseLocation location = DatabaseLocation.of(kind.equals("postgres") ? TestPostgres.emptied() : folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
		}
		return location;
	}

	private static Register open(DatabaseLocation location, String operator, String password, Instant at) {
		return Register.open(location, new Login(operator, password::toCharArray), Clock.fixed(at, ZoneId.of("Asia/Tokyo")));
	}

	private static ServiceException refused(DatabaseLocation location, String operator, String password, Instant at) {
		return assertThrows(ServiceException.class, () -> open(location, operator, password, at).close());
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void sixWrongPasswordsAndTheOperatorIsLockedUntilASupervisorUnlocks(String kind) throws Exception {
		DatabaseLocation location = register(kind);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertEquals("Unknown operator or wrong password.", refused(location, "suzuki", "wrong-" + attempt, NINE).getMessage());
		}
		ServiceException sixth = refused(location, "suzuki", "wrong-6", NINE.plusSeconds(60));
		assertEquals("This operator ID is locked until 09:15 after 5 failed logins in a row. A supervisor can unlock it now (operator unlock ID).",
				sixth.getMessage());
		assertEquals("login.locked", refused(location, "suzuki", "clerk-password", NINE.plusSeconds(120)).problem().key(),
				"locked, the right password does not open either");
		try (Register supervisor = open(location, "sato", "supervisor-pass", NINE.plusSeconds(180))) {
			List<AuditEntry> failed = supervisor.queries().audit("suzuki", null, null, null, 100).stream()
					.filter(entry -> entry.operation().equals("login-failed")).toList();
			assertEquals(7, failed.size(), "every failure, and every attempt while locked, is an audit entry");
			assertTrue(failed.get(4).detail().startsWith("wrong password or unknown operator; locked until 2026-12-02T09:15"),
					failed.get(4).detail());
			assertTrue(failed.get(6).detail().startsWith("refused: locked until 2026-12-02T09:15"), failed.get(6).detail());
			supervisor.operators().unlock("suzuki");
			assertEquals("suzuki", supervisor.queries().audit("sato", null, null, null, 100).stream()
					.filter(entry -> entry.operation().equals("unlock-operator")).findFirst().orElseThrow().detail());
		}
		try (Register clerk = open(location, "suzuki", "clerk-password", NINE.plusSeconds(240))) {
			assertEquals(Role.CLERK, clerk.operator().role());
			ServiceException notTheirs = assertThrows(ServiceException.class, () -> clerk.operators().unlock("suzuki"));
			assertEquals("The operator suzuki (clerk) may not unlock operators.", notTheirs.getMessage());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void anUnknownOperatorReadsWhatAWrongPasswordReadsAndIsLockedAlikeUntilTheLockEnds(String kind) throws Exception {
		DatabaseLocation location = register(kind);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertEquals("Unknown operator or wrong password.", refused(location, "yamamoto", "guess-" + attempt, NINE).getMessage());
		}
		assertEquals("login.locked", refused(location, "yamamoto", "guess-6", NINE.plus(Duration.ofMinutes(14))).problem().key());
		assertEquals("login.failed", refused(location, "yamamoto", "guess-7", NINE.plus(Duration.ofMinutes(16))).problem().key(),
				"the lock ended after 15 minutes");
	}

	@Test
	void theRulesAreTheOfficesAndAPasswordShorterThanTheMinimumIsRefused() throws Exception {
		DatabaseLocation location = register("embedded");
		try (Register supervisor = open(location, "sato", "supervisor-pass", NINE)) {
			ServiceException weaker = assertThrows(ServiceException.class,
					() -> supervisor.settings().setLoginRules(new LoginRules(5, 15, 8)));
			assertEquals("Login rules take 1 to 100 failed logins, a lock of 1 to 1,440 minutes, and passwords of 12 to 128 characters.",
					weaker.getMessage());
			supervisor.settings().setLoginRules(new LoginRules(3, 30, 14));
			ServiceException tooShort = assertThrows(ServiceException.class,
					() -> supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "thirteen-char".toCharArray()));
			assertEquals("The password must have at least 14 characters.", tooShort.getMessage());
		}
		for (int attempt = 1; attempt <= 3; attempt++) {
			refused(location, "suzuki", "wrong-" + attempt, NINE);
		}
		assertEquals("login.locked", refused(location, "suzuki", "clerk-password", NINE.plus(Duration.ofMinutes(29))).problem().key());
		try (Register clerk = open(location, "suzuki", "clerk-password", NINE.plus(Duration.ofMinutes(31)))) {
			assertEquals(new LoginRules(3, 30, 14), clerk.settings().loginRules());
			ServiceException notTheirs = assertThrows(ServiceException.class,
					() -> clerk.settings().setLoginRules(LoginRules.DEFAULT));
			assertEquals("The operator suzuki (clerk) may not change the login rules.", notTheirs.getMessage());
		}
	}

	@Test
	void initSecureRefusesAPasswordShorterThanTwelve() {
		ServiceException refused = assertThrows(ServiceException.class,
				() -> Register.initSecure(DatabaseLocation.of(folder.resolve("new").toString()), "sato", "佐藤", "eleven-char".toCharArray(), "", TestDay.CLOCK));
		assertEquals("The password must have at least 12 characters.", refused.getMessage());
	}
}
