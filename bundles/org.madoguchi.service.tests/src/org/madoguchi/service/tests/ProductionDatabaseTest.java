package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.DemoFill;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Role;

/** A production database: encrypted, every operator logs in, the role decides. */
class ProductionDatabaseTest {

	@TempDir
	Path folder;

	private DatabaseLocation location;

	@BeforeEach
	void initSecure() {
		location = DatabaseLocation.of(folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "千代田区役所")) {
			supervisor.addOperator("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.addOperator("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
	}

	private Register as(String operator, String password) {
		return Register.open(location, new Login(operator, password::toCharArray));
	}

	@Test
	void theDatabaseIsEncryptedAndNeedsALogin() throws Exception {
		assertTrue(Files.exists(location.folder().resolve("keys.properties")));
		ServiceException anonymous = assertThrows(ServiceException.class, () -> Register.open(location, Login.none()));
		assertEquals("login.required", anonymous.problem().key());
		ServiceException wrong = assertThrows(ServiceException.class, () -> as("sato", "guess"));
		assertEquals("login.failed", wrong.problem().key());
		try (Register clerk = as("suzuki", "clerk-password")) {
			assertFalse(clerk.isDemo());
			assertEquals(Role.CLERK, clerk.operator().role());
		}
	}

	@Test
	void clerkDoesCounterWorkButCannotApproveIssuance() {
		try (Register clerk = as("suzuki", "clerk-password")) {
			long id = clerk.residents().register(People.resident("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1990, 1, 1), "123456789018"));
			long card = clerk.cards().apply(id, LocalDate.of(2024, 5, 1), ApplicationChannel.COUNTER);
			clerk.cards().recordProduction(card, "AB0000000009", LocalDate.of(2024, 6, 1));
			clerk.cards().readyForPickup(card);
			ServiceException denied = assertThrows(ServiceException.class, () -> clerk.cards().issue(card));
			assertEquals("The operator suzuki (clerk) may not issue cards.", denied.getMessage());
		}
	}

	@Test
	void auditorReadsTheTrailButSeesNoResident() {
		try (Register clerk = as("suzuki", "clerk-password")) {
			long id = clerk.residents().register(People.resident("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1990, 1, 1), "123456789018"));
			clerk.queries().showNumber(id);
		}
		try (Register auditor = as("tanaka", "auditor-password")) {
			assertThrows(ServiceException.class, () -> auditor.queries().search("やまだ", 10, 0));
			assertThrows(ServiceException.class, () -> auditor.queries().showNumber(1));
			assertTrue(auditor.queries().audit(null, null, 100).stream()
					.anyMatch(entry -> entry.operation().equals("show-number") && entry.operatorId().equals("suzuki")));
		}
	}

	@Test
	void demoDataNeverGoesIntoAProductionDatabase() {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			ServiceException refused = assertThrows(ServiceException.class,
					() -> new DemoFill(supervisor).fill(10, 1, Progress.NONE));
			assertEquals("demo.production", refused.problem().key());
		}
	}
}
