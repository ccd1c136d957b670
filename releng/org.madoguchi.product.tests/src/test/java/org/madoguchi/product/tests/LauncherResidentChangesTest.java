package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The counter's resident changes from a notification file, the record they leave, and what the nightly run does after. */
class LauncherResidentChangesTest {

	private static final String TODAY = "2026-11-20";
	private static final String RESIDENTS = """
			individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,postal_code,prefecture,municipality_code,town,address_number,address_since,card_serial,card_applied_on,card_issued_on,card_status
			123456789018,山田,太郎,ヤマダ,タロウ,1985-04-12,男,1000001,東京都,131016,千代田,1番1号,2015-04-01,AB1234567890,2024-11-01,2024-12-01,issued
			023456789013,川田,次郎,カワダ,ジロウ,1990-01-01,男,1000001,東京都,131016,千代田,2番2号,2015-04-01,,,,
			""";
	private static final String ADDRESS = """
			{"postalCode": "1010051", "prefecture": "東京都", "municipalityCode": "131016", "town": "神田神保町", "addressNumber": "2番3号"}""";

	@TempDir
	Path folder;

	private String db;
	private String yamada;
	private String kawada;

	@BeforeEach
	void registerOfOurMunicipality() throws Exception {
		db = folder.resolve("office").toString();
		Launcher.registerWith(folder, db, RESIDENTS);
		yamada = madoguchi("search", "ヤマダ").out().split("\t")[0];
		kawada = madoguchi("search", "カワダ").out().split("\t")[0];
		assertEquals(0, madoguchi("office", "municipality", "131016").exitCode());
	}

	private Launcher.Run madoguchi(String... command) throws Exception {
		return Launcher.onRegister(folder, TODAY, db, command);
	}

	private Launcher.Run notify(String json, String... options) throws Exception {
		Path file = folder.resolve("changes-" + System.nanoTime() + ".json");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		String[] command = new String[options.length + 2];
		command[0] = "notify";
		command[1] = file.toString();
		System.arraycopy(options, 0, command, 2, options.length);
		return madoguchi(command);
	}

	private static String field(String json, String key) {
		return Launcher.jsonField(json, key);
	}

	@Test
	void aFileOfChangesIsAppliedInOrderAndARefusedOneIsNamedWithItsField() throws Exception {
		Launcher.Run run = notify("[{\"kind\": \"move-within\", \"resident\": \"" + yamada + "\", \"movedOn\": \"2026-11-01\", "
				+ "\"notifiedOn\": \"2026-11-16\", \"address\": " + ADDRESS + "},"
				+ "{\"kind\": \"move-within\", \"resident\": \"" + kawada + "\", \"movedOn\": \"2030-01-01\", \"notifiedOn\": \"2026-11-16\", "
				+ "\"address\": " + ADDRESS + "},"
				+ "{\"kind\": \"move-out\", \"resident\": \"" + kawada + "\", \"plannedOn\": \"2026-11-25\", \"notifiedOn\": \"2026-11-20\", "
				+ "\"abroad\": true}]");
		assertEquals(2, run.exitCode(), run.err());
		String[] lines = run.out().split("\n");
		assertTrue(lines[0].startsWith("#1 move-within: resident " + yamada + " changed"), run.out());
		assertTrue(lines[0].contains("The signature certificate of card"), run.out());
		assertTrue(lines[0].contains("Notified 1 day(s) after the notification period"), "day 15 is one day late: " + run.out());
		assertEquals("#2 move-within: refused: movedOn: 2030-01-01 lies in the future (today is 2026-11-20).", lines[1]);
		assertTrue(lines[2].startsWith("#3 move-out: resident " + kawada + " moved out"), run.out());

		Launcher.Run shown = madoguchi("resident", "show", yamada, "--json");
		assertEquals(0, shown.exitCode(), shown.err());
		assertEquals("resident", field(shown.out(), "status"));
		assertEquals("●●●● ●●●● 9018", field(shown.out(), "individualNumber"));
		assertTrue(shown.out().contains("\"text\": \"転居 ") && shown.out().contains("\"written\": false"),
				"the card waits for its note: " + shown.out());
		assertEquals("move-within", field(shown.out().substring(shown.out().indexOf("\"changes\"")), "kind"));

		Launcher.Run nightly = Launcher.onRegister(folder, "2026-11-25", db, "daily", "--as-of", "2026-11-25");
		assertEquals(0, nightly.exitCode(), nightly.err());
		assertTrue(nightly.out().contains("resident " + kawada + " moved out: record removed as of 2026-11-25"), nightly.out());
		assertTrue(Launcher.onRegister(folder, "2026-11-25", db, "daily", "--as-of", "2026-11-25").out().startsWith("daily 2026-11-25: 0 changes"),
				"twice changes nothing");
		assertEquals("", madoguchi("search", "カワダ").out(), "a removed record is no current resident");
		assertTrue(madoguchi("search", "カワダ", "--removed").out().startsWith(kawada + "\t"));
	}

	@Test
	void aNewcomersCardContinuesAndItsContinuedUseIsRecorded() throws Exception {
		Launcher.Run run = notify("{\"kind\": \"move-in\", \"movedOn\": \"2026-11-10\", \"notifiedOn\": \"2026-11-20\", \"plannedOn\": \"2026-11-09\", "
				+ "\"person\": {\"familyName\": \"佐藤\", \"givenName\": \"花子\", \"familyNameKana\": \"サトウ\", \"givenNameKana\": \"ハナコ\", "
				+ "\"birthDate\": \"1990-05-05\", \"sex\": \"female\", \"individualNumber\": \"621498320257\"}, \"address\": " + ADDRESS + ", "
				+ "\"previousAddress\": {\"postalCode\": \"5300001\", \"prefecture\": \"大阪府\", \"municipalityCode\": \"271276\", "
				+ "\"town\": \"梅田\", \"addressNumber\": \"1番1号\"}, \"household\": {\"new\": true}, "
				+ "\"card\": {\"serial\": \"XY0987654321\", \"issuedOn\": \"2024-12-01\", \"appliedOn\": \"2024-11-01\"}}", "--json");
		assertEquals(0, run.exitCode(), run.err() + run.out());
		assertEquals("true", field(run.out(), "applied"));
		assertTrue(run.out().contains("Card ") && run.out().contains("continues; continued use is due by 2027-02-18."), run.out());
		String resident = field(run.out(), "resident");

		Launcher.Run shown = madoguchi("resident", "show", resident, "--json");
		assertEquals("2027-02-18", field(shown.out(), "continuedUseDue"), shown.out());
		Launcher.Run used = madoguchi("card", "continued-use", "XY0987654321", "--on", "2026-11-20");
		assertEquals(0, used.exitCode(), used.err());
		assertEquals("null", field(madoguchi("resident", "show", resident, "--json").out(), "continuedUseDue"));
	}
}
