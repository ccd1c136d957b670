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
import org.madoguchi.exchange.demo.DemoResidents;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentImport;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;

/** A production database: encrypted, every operator logs in, the role decides. */
class ProductionDatabaseTest {

	@TempDir
	Path folder;

	private ProductionOffice office;
	private DatabaseLocation location;

	@BeforeEach
	void initSecure() {
		office = ProductionOffice.createIn(folder);
		location = office.location();
	}

	private Register as(String operator, String password) {
		return office.as(operator, password);
	}

	@Test
	void theDatabaseIsEncryptedAndNeedsALogin() throws Exception {
		assertTrue(Files.exists(location.folder().resolve("keys.properties")));
		ServiceException anonymous = assertThrows(ServiceException.class, () -> Register.open(location, Login.none(), TestDay.CLOCK));
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
					() -> supervisor.demo().fill(10, 1, Progress.NONE));
			assertEquals("demo.production", refused.problem().key());
		}
	}

	@Test
	void aProductionImportRejectsTheRowsWithDemoNumbers() throws Exception {
		String demoNumber = DemoResidents.individualNumber(5);
		Path file = folder.resolve("mixed.csv");
		Files.writeString(file, "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
				+ "postal_code,prefecture,municipality_code,town,address_number\n"
				+ demoNumber + ",山田,太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田,1番1号\n"
				+ "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田,1番1号\n");
		try (Register supervisor = as("sato", "supervisor-pass")) {
			ResidentImport.Summary summary = supervisor.imports().importFile(file, null, null, Progress.NONE);
			assertEquals(1, summary.imported());
			assertEquals(1, summary.rejected());
			String reject = Files.readAllLines(summary.rejectsFile()).get(1);
			assertTrue(reject.startsWith("2,individual_number,0000 0000 005"), reject);
			assertTrue(reject.contains("is a synthetic number of demo data (it begins with 000): a production database takes no demo data."),
					reject);
			assertTrue(supervisor.queries().search(demoNumber, 10, 0).isEmpty());
		}
	}

	@Test
	void theCounterCannotRegisterDemoDataInAProductionDatabase() {
		try (Register clerk = as("suzuki", "clerk-password")) {
			ServiceException demoNumber = assertThrows(ServiceException.class, () -> clerk.residents()
					.register(People.resident("山田", "太郎", "ヤマダ", "タロウ", LocalDate.of(1980, 1, 1), DemoResidents.individualNumber(7))));
			assertEquals("number.synthetic", demoNumber.problem().key());
			ServiceException demoResident = assertThrows(ServiceException.class,
					() -> clerk.residents().register(new DemoResidents(1).resident(42)));
			assertEquals("demo.production", demoResident.problem().key());
			assertEquals(0L, clerk.queries().counts().residents());
		}
	}
}
