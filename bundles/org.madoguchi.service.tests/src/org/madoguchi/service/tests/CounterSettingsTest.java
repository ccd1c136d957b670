package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
