package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;

/** The register's today comes from its clock, which training and tests fix on one day. */
class RegisterClockTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	@AfterEach
	void clearProperty() {
		System.clearProperty(RegisterClock.PROPERTY);
	}

	@Test
	void aFixedClockDecidesTodayAndTheLoginSaysSo() {
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("office").toString());
		Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "千代田区役所").close();
		try (Register register = Register.open(location, new Login("sato", "supervisor-pass"::toCharArray), RegisterClock.fixedAt(DAY))) {
			assertEquals(DAY, register.today());
			AuditEntry login = register.queries().audit("sato", null, null, null, 10).stream()
					.filter(entry -> entry.operation().equals("login")).reduce((first, second) -> second).orElseThrow();
			assertEquals("today is 2026-11-20 (madoguchi.today)", login.detail());
		}
	}

	@Test
	void thePropertyFixesTheDayTheFrontEndsOpenWith() {
		System.setProperty(RegisterClock.PROPERTY, "2026-11-20");
		assertEquals(DAY, LocalDate.now(RegisterClock.configured()));
	}

	@Test
	void aPropertyThatIsNoDateIsRefusedByName() {
		System.setProperty(RegisterClock.PROPERTY, "tomorrow");
		ServiceException refused = assertThrows(ServiceException.class, RegisterClock::configured);
		assertEquals("The system property madoguchi.today must be a date such as 2026-11-20, not tomorrow.", refused.getMessage());
	}
}
