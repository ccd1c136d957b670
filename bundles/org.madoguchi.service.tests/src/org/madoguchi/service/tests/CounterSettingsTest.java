package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.OfficeRules;
import org.madoguchi.service.OfficeSettings;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;

/** The settings that protect the counter are the office's: in the register, a supervisor's to change, audited. */
class CounterSettingsTest {

	@TempDir
	Path folder;

	private ProductionOffice office;

	@BeforeEach
	void initSecure() {
		office = ProductionOffice.createIn(folder);
	}

	private Register as(String operator, String password) {
		return office.as(operator, password);
	}

	@Test
	void aClerkCannotTurnTheIdleLockOffNorMoveTheRegister() {
		try (Register clerk = as("suzuki", "clerk-password")) {
			ServiceException never = assertThrows(ServiceException.class, () -> clerk.settings().setIdleLockMinutes(0));
			assertEquals("The operator suzuki (clerk) may not change the idle lock.", never.getMessage());
			ServiceException moved = assertThrows(ServiceException.class, () -> clerk.settings().setRegisterLocation("/tmp/elsewhere"));
			assertEquals("access.denied", moved.problem().key());
			assertEquals("access.denied", assertThrows(ServiceException.class, () -> clerk.settings().setSyncWarningDays(30)).problem().key(),
					"nor quiet the reminder to sync");
			assertEquals(OfficeSettings.DEFAULT_IDLE_LOCK_MINUTES, clerk.settings().idleLockMinutes());
			assertEquals(Optional.empty(), clerk.settings().registerLocation());
		}
	}

	@Test
	void aSupervisorsSettingsHoldForEveryOperatorAndAreAudited() {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			supervisor.settings().setIdleLockMinutes(2);
			supervisor.settings().setRegisterLocation(" /srv/madoguchi/register ");
			assertTrue(supervisor.queries().audit(null, null, 100).stream()
					.anyMatch(entry -> entry.operation().equals("set-idle-lock") && entry.detail().equals("2 min")));
			assertTrue(supervisor.queries().audit(null, null, 100).stream()
					.anyMatch(entry -> entry.operation().equals("set-register-location") && entry.operatorId().equals("sato")));
		}
		try (Register clerk = as("suzuki", "clerk-password")) {
			assertEquals(2, clerk.settings().idleLockMinutes());
			assertEquals(Optional.of("/srv/madoguchi/register"), clerk.settings().registerLocation());
		}
	}

	@Test
	void theOfficeRulesChangeTogetherEachChangeAuditedAndAWrongCodeWritesNothing() {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			OfficeRules before = supervisor.settings().officeRules();
			supervisor.settings().setOfficeRules(new OfficeRules(Optional.of("131016"), new LoginRules(3, 15, 12), before.accessLog()));
			assertEquals(new OfficeRules(Optional.of("131016"), new LoginRules(3, 15, 12), before.accessLog()), supervisor.settings().officeRules());
			assertEquals(List.of("set-login-rules", "set-municipality"), settingsAudited(supervisor), "the access-log rules did not change");
			ServiceException wrongCode = assertThrows(ServiceException.class, () -> supervisor.settings()
					.setOfficeRules(new OfficeRules(Optional.of("131017"), new LoginRules(7, 30, 16), before.accessLog())));
			assertEquals("localGovernmentCode.checkDigit", wrongCode.problem().key());
			assertEquals(new LoginRules(3, 15, 12), supervisor.settings().loginRules(), "the login rules typed beside a wrong code are not written");
			assertEquals(List.of("set-login-rules", "set-municipality"), settingsAudited(supervisor));
		}
		try (Register clerk = as("suzuki", "clerk-password")) {
			OfficeRules rules = clerk.settings().officeRules();
			assertEquals("access.denied", assertThrows(ServiceException.class,
					() -> clerk.settings().setOfficeRules(new OfficeRules(Optional.empty(), LoginRules.DEFAULT, rules.accessLog()))).problem().key());
			assertEquals(new LoginRules(3, 15, 12), clerk.settings().loginRules());
		}
	}

	/** The office-rule changes the audit trail holds, in alphabetical order. */
	private static List<String> settingsAudited(Register register) {
		return register.queries().audit(null, null, 100).stream().map(AuditEntry::operation)
				.filter(operation -> operation.equals("set-municipality") || operation.startsWith("set-") && operation.endsWith("-rules")).sorted().toList();
	}

	@Test
	void anIdleLockBeyondTheLimitIsRefused() {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			ServiceException refused = assertThrows(ServiceException.class,
					() -> supervisor.settings().setIdleLockMinutes(OfficeSettings.MAX_IDLE_LOCK_MINUTES + 1));
			assertEquals("settings.idleLock", refused.problem().key());
			assertEquals(OfficeSettings.DEFAULT_IDLE_LOCK_MINUTES, supervisor.settings().idleLockMinutes());
		}
	}

	@Test
	void theCounterPassingHandsIsAudited() {
		try (Register supervisor = as("sato", "supervisor-pass"); Register clerk = as("suzuki", "clerk-password")) {
			clerk.takeOverCounter(supervisor.operator());
			assertTrue(supervisor.queries().audit(null, null, 100).stream().anyMatch(entry -> entry.operation().equals("hand-over")
					&& entry.operatorId().equals("suzuki") && entry.detail().equals("from sato to suzuki")));
		}
	}
}
