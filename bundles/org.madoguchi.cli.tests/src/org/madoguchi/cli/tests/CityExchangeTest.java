package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;
import org.madoguchi.testing.TestPostgres;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A city's day end to end, on the command line: the central register on the PostgreSQL the tests
 * use and two branch offices on H2 record changes while offline (registrations, moves, a card
 * from application to issue), central records its own; change files and replies cross out of
 * order and one twice; a conflicting pair of moves waits for a supervisor. At the end the three
 * registers hold the same residents, addresses, cards, certificates and histories, every change
 * once.
 */
class CityExchangeTest {

	@TempDir
	Path folder;

	private String central;

	private static CliRun ok(String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
		return run;
	}

	private String office(String code) {
		return folder.resolve(code).toString();
	}

	private void notify(String register, String name, String json) throws Exception {
		ok("--db", register, "notify", Files.writeString(folder.resolve(name + ".json"), json).toString());
	}

	private void moveWithin(String register, long resident, String town, String on) throws Exception {
		notify(register, "move-" + resident + "-" + town, """
				{"kind": "move-within", "resident": %d, "movedOn": "%s", "notifiedOn": "2026-11-18",
				 "address": {"postalCode": "1010044", "prefecture": "東京都", "municipalityCode": "131016", "town": "%s", "addressNumber": "1番1号"}}
				""".formatted(resident, on, town));
	}

	/** A move-in at {@code register}; returns the new resident's id. */
	private long moveIn(String register, String family, String number) throws Exception {
		Path file = Files.writeString(folder.resolve("move-in-" + number + ".json"), """
				{"kind": "move-in", "movedOn": "2026-11-10", "notifiedOn": "2026-11-16", "plannedOn": "2026-11-09",
				 "person": {"familyName": "%s", "givenName": "花子", "familyNameKana": "サトウ", "givenNameKana": "ハナコ",
				            "birthDate": "1990-05-05", "sex": "female", "nationality": "JPN", "individualNumber": "%s"},
				 "address": {"postalCode": "1010051", "prefecture": "東京都", "municipalityCode": "131016", "town": "神田神保町", "addressNumber": "2番3号"},
				 "previousAddress": {"postalCode": "5300001", "prefecture": "大阪府", "municipalityCode": "271276", "town": "梅田", "addressNumber": "1番1号"},
				 "household": {"new": true}}
				""".formatted(family, number));
		CliRun run = ok("--db", register, "notify", file.toString(), "--json");
		return JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("resident").getAsLong();
	}

	/** A card from application to issue for {@code resident} at {@code register}. */
	private void card(String register, long resident, String serial) {
		String card = JsonParser.parseString(ok("--db", register, "card", "apply", "--resident", String.valueOf(resident), "--received", "2026-11-01",
				"--json").out()).getAsJsonObject().get("id").getAsString();
		ok("--db", register, "card", "produce", card, "--serial", serial, "--issued", "2026-11-12");
		ok("--db", register, "card", "ready", card);
		ok("--db", register, "card", "issue", card);
	}

	private void export(String code, String file) {
		ok("--db", office(code), "sync", "export", "--out", folder.resolve(file).toString());
	}

	private void importAtCentral(String file, String reply) {
		ok("--db", central, "sync", "import", folder.resolve(file).toString(), "--reply", folder.resolve(reply).toString());
	}

	private void takeReply(String code, String reply) {
		ok("--db", office(code), "sync", "import", folder.resolve(reply).toString());
	}

	@Test
	void afterTheDaysExchangesTheCityHoldsOneRegister() throws Exception {
		central = TestPostgres.emptied();
		ok("--db", central, "demo", "--residents", "3", "--seed", "7");
		String backup = folder.resolve("central.zip").toString();
		ok("--db", central, "backup", "--out", backup);
		for (String code : List.of("KANDA", "SHIBA")) {
			String key = folder.resolve(code + ".pub").toString();
			ok("--db", office(code), "replica", "create", "--from", backup, "--office", code, "--key-out", key, "--id-block",
					code.equals("KANDA") ? "1" : "2");
			ok("--db", central, "office", "add", code, "--name", code + "出張所", "--key", key);
		}

		// offline: each records its own day
		long kandaNewcomer = moveIn(office("KANDA"), "神田", "123456789018");
		card(office("KANDA"), kandaNewcomer, "KD0000000001");
		moveWithin(office("KANDA"), 1, "鍛冶町", "2026-11-14");
		ok("--db", office("KANDA"), "number", "show", "1");
		moveWithin(office("KANDA"), 3, "内神田", "2026-11-15");
		long shibaNewcomer = moveIn(office("SHIBA"), "芝", "111222333446");
		moveWithin(office("SHIBA"), 2, "芝公園", "2026-11-14");
		moveWithin(central, 3, "丸の内", "2026-11-13");
		long centralNewcomer = moveIn(central, "本庁", "555666777885");

		// the stick goes round, not in order, one file twice
		export("SHIBA", "S1.mdsync");
		importAtCentral("S1.mdsync", "SR1.mdsync");
		export("KANDA", "K1.mdsync");
		importAtCentral("K1.mdsync", "KR1.mdsync");
		importAtCentral("S1.mdsync", "SR1b.mdsync");
		takeReply("KANDA", "KR1.mdsync");
		takeReply("KANDA", "KR1.mdsync");
		takeReply("SHIBA", "SR1b.mdsync");
		takeReply("SHIBA", "SR1.mdsync");

		// KANDA's move of resident 3 read a record central had moved meanwhile: a supervisor decides
		JsonArray pending = JsonParser.parseString(ok("--db", central, "sync", "conflicts", "--json").out()).getAsJsonArray();
		assertEquals(1, pending.size(), pending.toString());
		JsonObject conflict = pending.get(0).getAsJsonObject();
		assertEquals(List.of("KANDA", "change.move-within", 3L), List.of(conflict.get("office").getAsString(), conflict.get("useCase").getAsString(),
				conflict.get("resident").getAsLong()));
		assertTrue(conflict.get("reason").getAsString().startsWith("The record changed here after the office read it"), conflict.toString());
		assertTrue(conflict.get("reasonJa").getAsString().startsWith("拠点が読んだ後に、ここで記録が変更されています"), conflict.toString());
		ok("--db", central, "sync", "resolve", conflict.get("id").getAsString(), "--keep", "office", "--reason", "神田の届出が後で正しい");

		export("KANDA", "K2.mdsync");
		importAtCentral("K2.mdsync", "KR2.mdsync");
		takeReply("KANDA", "KR2.mdsync");
		export("SHIBA", "S2.mdsync");
		importAtCentral("S2.mdsync", "SR2.mdsync");
		takeReply("SHIBA", "SR2.mdsync");

		List<String> registers = List.of(central, office("KANDA"), office("SHIBA"));
		List<String> files = new ArrayList<>();
		for (String register : registers) {
			Path csv = folder.resolve("export-" + files.size() + ".csv");
			ok("--db", register, "export", csv.toString());
			files.add(Files.readString(csv));
		}
		assertEquals(files.get(0), files.get(1), "KANDA holds central's residents and addresses");
		assertEquals(files.get(0), files.get(2), "SHIBA holds central's residents and addresses");
		for (long resident : List.of(1L, 2L, 3L, kandaNewcomer, shibaNewcomer, centralNewcomer)) {
			String atCentral = ok("--db", central, "resident", "show", String.valueOf(resident), "--json").out();
			for (String register : registers.subList(1, 3)) {
				assertEquals(atCentral, ok("--db", register, "resident", "show", String.valueOf(resident), "--json").out(),
						"resident " + resident + " at " + register + ": the same person, addresses, card, certificates and changes");
			}
		}
		JsonObject three = JsonParser.parseString(ok("--db", central, "resident", "show", "3", "--json").out()).getAsJsonObject();
		JsonArray addresses = three.getAsJsonArray("addresses");
		assertTrue(addresses.get(addresses.size() - 1).toString().contains("内神田"), "KANDA's later move, kept by the supervisor: " + addresses);
		assertTrue(addresses.get(addresses.size() - 2).toString().contains("丸の内"), "after central's own: " + addresses);
		JsonArray trail = JsonParser.parseString(ok("--db", central, "audit", "--resident", "1", "--json").out()).getAsJsonArray();
		assertEquals(1, trail.asList().stream().map(JsonObject.class::cast)
				.filter(entry -> entry.get("operation").getAsString().equals("show-number") && entry.get("operator").getAsString().equals("batch@KANDA"))
				.count(), "central's trail says who saw resident 1's number at KANDA, once: " + trail);
		JsonObject status = JsonParser.parseString(ok("--db", office("KANDA"), "sync", "status", "--json").out()).getAsJsonObject();
		assertEquals(0, status.get("unacknowledged").getAsInt(), "central took every entry of KANDA");
		assertEquals(0, status.getAsJsonArray("pendingAtCentral").size());
	}

	@Test
	void onePersonRegisteredAtAnOfficeAndAtCentralEndsAsCentralsRecordOnceASupervisorDecides() throws Exception {
		central = folder.resolve("central").toString();
		ok("--db", central, "demo", "--residents", "3", "--seed", "7");
		String backup = folder.resolve("central.zip").toString();
		ok("--db", central, "backup", "--out", backup);
		String key = folder.resolve("KANDA.pub").toString();
		ok("--db", office("KANDA"), "replica", "create", "--from", backup, "--office", "KANDA", "--key-out", key);
		ok("--db", central, "office", "add", "KANDA", "--name", "神田出張所", "--key", key);
		long atKanda = moveIn(office("KANDA"), "神田", "123456789018");
		long atCentral = moveIn(central, "本庁", "123456789018");

		export("KANDA", "K1.mdsync");
		importAtCentral("K1.mdsync", "KR1.mdsync");
		CliRun taken = ok("--db", office("KANDA"), "sync", "import", folder.resolve("KR1.mdsync").toString());
		assertTrue(taken.out().contains("\nHeld back: 1 entry of central that this register refuses while central has not decided"), taken.out());
		assertEquals(1, JsonParser.parseString(ok("--db", office("KANDA"), "sync", "status", "--json").out()).getAsJsonObject().get("heldBack").getAsInt());

		JsonObject conflict = JsonParser.parseString(ok("--db", central, "sync", "conflicts", "--json").out()).getAsJsonArray().get(0).getAsJsonObject();
		assertEquals(atKanda, conflict.get("resident").getAsLong(), "the conflict names the office's resident");
		ok("--db", central, "sync", "resolve", conflict.get("id").getAsString(), "--keep", "central", "--reason", "二重登録");
		export("KANDA", "K2.mdsync");
		importAtCentral("K2.mdsync", "KR2.mdsync");
		takeReply("KANDA", "KR2.mdsync");

		assertEquals(0, JsonParser.parseString(ok("--db", office("KANDA"), "sync", "status", "--json").out()).getAsJsonObject().get("heldBack").getAsInt());
		assertEquals(ExitCodes.FAILURE, CliRun.of("--db", office("KANDA"), "resident", "show", String.valueOf(atKanda)).exitCode(),
				"the office's second record of the person is gone");
		assertEquals(ok("--db", central, "resident", "show", String.valueOf(atCentral), "--json").out(),
				ok("--db", office("KANDA"), "resident", "show", String.valueOf(atCentral), "--json").out());
	}
}
