package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card from application to revocation, step by step from the command line, with the refusals a clerk meets. */
class LauncherCardCommandsTest {

	/** The register's today, so that what is "in the future" does not depend on the day the test runs. */
	private static final String TODAY = "2026-11-20";
	private static final String RESIDENTS = """
			individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,nationality,residence_status,residence_until,postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status
			123456789018,山田,太郎,ヤマダ,タロウ,1985-04-12,男,,,,1000001,東京都,131016,千代田,1番1号,,,,
			621498320257,NGUYEN,AN,グエン,アン,1990-01-01,男,VNM,engineer,2027-03-31,1000005,東京都,131016,丸の内,1番3号,VN2022060100,2022-05-01,2022-06-01,issued
			""";

	@TempDir
	Path folder;

	private String db;
	private String yamada;

	@BeforeEach
	void registerWithOneResident() throws Exception {
		db = folder.resolve("office").toString();
		Launcher.registerWith(folder, db, RESIDENTS);
		yamada = madoguchi("search", "ヤマダ").out().split("\t")[0];
	}

	private Launcher.Run madoguchi(String... command) throws Exception {
		return Launcher.onRegister(folder, TODAY, db, command);
	}

	private static String field(String json, String key) {
		return Launcher.jsonField(json, key);
	}

	@Test
	void aCardGoesFromApplicationThroughLossToRevocation() throws Exception {
		Launcher.Run applied = madoguchi("card", "apply", "--resident", yamada, "--received", "2026-11-01", "--channel", "online", "--json");
		assertEquals(0, applied.exitCode(), applied.err());
		assertEquals("applied", field(applied.out(), "status"));
		assertEquals("2026-11-01", field(applied.out(), "appliedOn"));
		String card = field(applied.out(), "id");

		Launcher.Run second = madoguchi("card", "apply", "--resident", yamada);
		assertEquals(1, second.exitCode());
		assertTrue(second.err().contains("already has a card application in progress (card " + card + ")"), second.err());
		Launcher.Run tooEarly = madoguchi("card", "issue", card);
		assertEquals(1, tooEarly.exitCode());
		assertTrue(tooEarly.err().contains("Card " + card + " is applied and cannot become issued."), tooEarly.err());

		Launcher.Run badSerial = madoguchi("card", "produce", card, "--serial", "x", "--issued", "2026-11-10");
		assertEquals(1, badSerial.exitCode());
		assertTrue(badSerial.err().contains("The card number \"x\" is not 8 to 20 letters and digits."), badSerial.err());
		Launcher.Run future = madoguchi("card", "produce", card, "--serial", "XY0987654321", "--issued", "2026-11-25");
		assertEquals(1, future.exitCode());
		assertTrue(future.err().contains("The issue date 2026-11-25 lies in the future"), future.err());

		Launcher.Run produced = madoguchi("card", "produce", card, "--serial", "xy0987654321", "--issued", "2026-11-10");
		assertEquals(0, produced.exitCode(), produced.err());
		assertTrue(produced.out().startsWith("Card " + card + " produced.\ncard " + card + ": XY0987654321, produced, resident " + yamada
				+ "\n  applied 2026-11-01, issued 2026-11-10, expires 2036-04-12\n"), produced.out());
		assertTrue(produced.out().contains("signature certificate: issued 2026-11-10, expires 2031-04-12, valid"), produced.out());

		assertEquals(0, madoguchi("card", "ready", "XY0987654321").exitCode(), "a card is named by its card number too");
		Launcher.Run issued = madoguchi("card", "issue", card, "--json");
		assertEquals("issued", field(issued.out(), "status"), issued.err());

		Launcher.Run renewed = madoguchi("card", "renew-certificates", card, "--on", "2026-11-20");
		assertEquals(0, renewed.exitCode(), renewed.err());
		assertTrue(renewed.out().contains("user certificate: issued 2026-11-20, expires 2031-04-12, valid"), renewed.out());
		assertTrue(renewed.out().contains("user certificate: issued 2026-11-10, expires 2031-04-12, revoked on 2026-11-20 (renewed on 2026-11-20)"),
				renewed.out());
		assertEquals(1, madoguchi("card", "renew-certificates", card, "--on", "2026-11-25").exitCode(), "no renewal in the future");

		Launcher.Run lost = madoguchi("card", "suspend", card, "--reason", "紛失届", "--json");
		assertEquals("suspended", field(lost.out(), "status"), lost.err());
		assertEquals(2, lost.out().split("\"state\": \"suspended\"", -1).length - 1,
				"a lost card's two live certificates cannot be used: " + lost.out());

		Launcher.Run found = madoguchi("card", "reinstate", card, "--reason", "自宅で発見");
		assertEquals(0, found.exitCode(), found.err());
		assertTrue(found.out().contains("issued, resident " + yamada), found.out());
		assertTrue(found.out().contains("signature certificate: issued 2026-11-20, expires 2031-04-12, revoked on 2026-11-20 (card found and reinstated)"),
				"lifting the suspension revokes the certificates: " + found.out());

		Launcher.Run revoked = madoguchi("card", "revoke", card, "--reason", "本人の申出");
		assertEquals(0, revoked.exitCode(), revoked.err());
		Launcher.Run shown = madoguchi("card", "show", "--resident", yamada, "--json");
		assertTrue(shown.out().startsWith("[") && field(shown.out(), "status").equals("revoked"), shown.out());
	}

	@Test
	void aForeignResidentsCardFollowsTheExtendedPeriodOfStay() throws Exception {
		Launcher.Run before = madoguchi("card", "show", "VN2022060100");
		assertTrue(before.out().contains("expires 2027-03-31"), "the period of stay decides: " + before.out());
		Launcher.Run changed = madoguchi("card", "change-validity", "VN2022060100", "--residence-until", "2030-03-31");
		assertEquals(0, changed.exitCode(), changed.err());
		assertTrue(changed.out().contains("issued 2022-06-01, expires 2030-03-31"), changed.out());
		assertTrue(changed.out().contains("user certificate: issued 2022-06-01, expires 2027-01-01, valid"), "certificates are not extended: "
				+ changed.out());
		Launcher.Run shorter = madoguchi("card", "change-validity", "VN2022060100", "--residence-until", "2029-01-01");
		assertEquals(1, shorter.exitCode());
		assertTrue(shorter.err().contains("is not later than the recorded one, 2030-03-31"), shorter.err());

		String card = field(madoguchi("card", "apply", "--resident", yamada, "--json").out(), "id");
		Launcher.Run national = madoguchi("card", "change-validity", card, "--residence-until", "2030-03-31");
		assertEquals(1, national.exitCode());
		assertTrue(national.err().contains("only a card its holder has gets a validity change"), national.err());
	}

	@Test
	void anUnknownCardAndAMissingStepAreRefused() throws Exception {
		Launcher.Run unknown = madoguchi("card", "show", "AB0000000000");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("There is no card with the id or card number AB0000000000."), unknown.err());
		assertEquals(64, madoguchi("card").exitCode());
		assertEquals(64, madoguchi("card", "suspend", "1").exitCode(), "a suspension needs its reason");
		assertEquals(64, madoguchi("card", "apply", "--resident", yamada, "--channel", "fax").exitCode());
	}

	@Test
	void theNumberIsShownInFullAndAuditedAndTheOfficeRenamed() throws Exception {
		Launcher.Run number = madoguchi("number", "show", yamada);
		assertEquals(0, number.exitCode(), number.err());
		assertEquals("1234 5678 9018\n", number.out());
		assertTrue(madoguchi("audit", "--resident", yamada).out().contains("show-number"), "every display of the number is audited");

		Launcher.Run renamed = madoguchi("office", "rename", "千代田区役所");
		assertEquals("Office renamed to 千代田区役所\n", renamed.out(), renamed.err());
	}
}
