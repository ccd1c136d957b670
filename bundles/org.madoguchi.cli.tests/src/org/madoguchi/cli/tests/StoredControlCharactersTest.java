package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.testing.EarlierRegister;

/**
 * A register written before control characters were refused may hold some: the command line
 * prints them as escapes, never raw (an escape sequence in a name would act on the clerk's
 * terminal; a line break would split a resident over two lines).
 */
class StoredControlCharactersTest {

	private static final String HOSTILE = "\u001b]0;pwned\u0007";

	@TempDir
	Path folder;

	private String db;

	@BeforeEach
	void aRegisterHoldingControlCharacters() {
		db = folder.resolve("db").toString();
		assertEquals(0, CliRun.of("--db", db, "init").exitCode());
		EarlierRegister.store(db, resident(), "register", "moved to 千代田\u001b[2J\u009b31m");
	}

	@Test
	void searchPrintsThemAsEscapesOneResidentPerLine() {
		CliRun run = CliRun.of("--db", db, "search", "やまだ");
		assertEquals(0, run.exitCode(), run.err());
		assertEquals(1, run.out().lines().count(), run.out());
		assertTrue(run.out().contains("\t\\u001B]0;pwned\\u0007\u3000二\\u000A行\t"), run.out());
		assertTrue(run.out().contains("千代田1丁目\\u007F1番1号"), run.out());
		assertNoControlCharacterBut('\t', '\n', run.out());
	}

	@Test
	void jsonEscapesThemTooDelAndC1Included() {
		CliRun run = CliRun.of("--db", db, "search", "やまだ", "--json");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("\"name\": \"\\u001b]0;pwned\\u0007\u3000二\\n行\""), run.out());
		assertTrue(run.out().contains("千代田1丁目\\u007f1番1号"), run.out());
		assertNoControlCharacterBut('\n', '\n', run.out());
	}

	@Test
	void theAuditTrailPrintsThemAsEscapes() {
		CliRun text = CliRun.of("--db", db, "audit");
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("moved to 千代田\\u001B[2J\\u009B31m"), text.out());
		assertNoControlCharacterBut('\t', '\n', text.out());
		CliRun json = CliRun.of("--db", db, "audit", "--json");
		assertTrue(json.out().contains("moved to 千代田\\u001b[2J\\u009b31m"), json.out());
		assertNoControlCharacterBut('\n', '\n', json.out());
	}

	private static void assertNoControlCharacterBut(char separator, char lineEnd, String out) {
		assertFalse(out.chars().anyMatch(c -> c != separator && c != lineEnd && (Character.getType(c) == Character.CONTROL)), out);
	}

	private static Resident resident() {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Resident resident = factory.createResident();
		resident.setFamilyName(HOSTILE);
		resident.setGivenName("二\n行");
		resident.setFamilyNameKana("ヤマダ");
		resident.setGivenNameKana("ニギョウ");
		resident.setBirthDate(LocalDate.of(1980, 10, 10));
		resident.setSex(Sex.FEMALE);
		resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		Address address = factory.createAddress();
		address.setPostalCode("1000001");
		address.setPrefecture("東京都");
		address.setMunicipalityCode("131016");
		address.setMunicipalityName("千代田区");
		address.setTown("千代田1丁目\u007f");
		address.setNumber("1番1号");
		AddressEntry entry = factory.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(LocalDate.of(2015, 4, 1));
		entry.setNotification(NotificationKind.REGISTRATION);
		resident.getAddresses().add(entry);
		return resident;
	}
}
