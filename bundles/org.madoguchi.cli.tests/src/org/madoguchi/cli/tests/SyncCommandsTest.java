package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;
import org.madoguchi.service.RegisterClock;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code sync import} at central takes an office's change file once and says what it did;
 * {@code sync conflicts} and {@code sync resolve} let a supervisor decide an entry on a record
 * central changed meanwhile; a changed byte is refused with the reason.
 */
class SyncCommandsTest {

	@TempDir
	Path folder;

	private String central;
	private String office;

	/** Central with three demo residents, and the office KANDA made from its backup and added at central. */
	@BeforeEach
	void centralAndKanda() {
		central = folder.resolve("central").toString();
		office = folder.resolve("kanda").toString();
		String backup = folder.resolve("central.zip").toString();
		String key = folder.resolve("KANDA.pub").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "demo", "--residents", "3", "--seed", "7").exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "backup", "--out", backup).exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", office, "replica", "create", "--from", backup, "--office", "KANDA", "--key-out", key).exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "office", "add", "KANDA", "--name", "神田出張所", "--key", key).exitCode());
	}

	/** Records a move within the city of {@code resident} to {@code town} at {@code register}. */
	private void moveWithin(String register, long resident, String town) throws Exception {
		Path file = Files.writeString(folder.resolve("move-" + resident + "-" + town + ".json"), """
				{"kind": "move-within", "resident": %d, "movedOn": "2026-11-15", "notifiedOn": "2026-11-16",
				 "address": {"postalCode": "101-0044", "prefecture": "東京都", "municipalityCode": "131016", "town": "%s",
				             "addressNumber": "1番1号"}}
				""".formatted(resident, town));
		CliRun notified = CliRun.of("--db", register, "notify", file.toString());
		assertEquals(ExitCodes.OK, notified.exitCode(), notified.out() + notified.err());
	}

	private String exported(String name) throws Exception {
		String file = folder.resolve(name).toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", office, "sync", "export", "--out", file).exitCode());
		return file;
	}

	@Test
	void centralTakesTheFileOnceAndASupervisorDecidesTheConflict() throws Exception {
		moveWithin(office, 1, "鍛冶町");
		moveWithin(office, 2, "鍛冶町");
		moveWithin(central, 2, "丸の内");
		String file = exported("KANDA-1.mdsync");

		CliRun imported = CliRun.of("--db", central, "sync", "import", file);
		assertEquals("Imported entries 1 to 2 of office KANDA: 1 applied, 1 conflict, 0 skipped\n", imported.out(), imported.err());
		CliRun again = CliRun.of("--db", central, "sync", "import", file, "--json");
		JsonObject counts = JsonParser.parseString(again.out()).getAsJsonObject();
		assertEquals(2, counts.get("skipped").getAsInt(), "a file imported again changes nothing");
		assertEquals(0, counts.get("applied").getAsInt());
		assertEquals(CliRun.of("--db", office, "resident", "show", "1").out(), CliRun.of("--db", central, "resident", "show", "1").out(),
				"the office's move, at central as at the office");

		String[] pending = CliRun.of("--db", central, "sync", "conflicts").out().strip().split("\t");
		assertEquals("KANDA 2 change.move-within 2 pending", String.join(" ", java.util.Arrays.copyOfRange(pending, 1, 6)));
		assertTrue(pending[6].contains("central"), pending[6]);
		CliRun resolved = CliRun.of("--db", central, "sync", "resolve", pending[0], "--keep", "office", "--reason", "神田の届出が先");
		assertEquals("Conflict " + pending[0] + " (entry 2 of office KANDA, change.move-within) decided: the office's entry is applied\n",
				resolved.out(), resolved.err());
		assertTrue(CliRun.of("--db", central, "resident", "show", "2").out().contains("鍛冶町"), "the office's move, applied at central");
		assertEquals("No conflict is pending\n", CliRun.of("--db", central, "sync", "conflicts").out());
		JsonArray all = JsonParser.parseString(CliRun.of("--db", central, "sync", "conflicts", "--all", "--json").out()).getAsJsonArray();
		JsonObject decided = all.get(0).getAsJsonObject();
		assertEquals("office", decided.get("status").getAsString());
		assertEquals("神田の届出が先", decided.get("decisionReason").getAsString());
		assertEquals("change.move-within", decided.getAsJsonObject("centralSide").get("useCase").getAsString(), "central's side beside the office's");

		CliRun twice = CliRun.of("--db", central, "sync", "resolve", pending[0], "--keep", "central");
		assertEquals(ExitCodes.FAILURE, twice.exitCode());
		CliRun badSide = CliRun.of("--db", central, "sync", "resolve", pending[0], "--keep", "both");
		assertEquals(ExitCodes.USAGE, badSide.exitCode());
		assertEquals("madoguchi: --keep takes office or central, not 'both'\n", badSide.err().lines().findFirst().orElseThrow() + "\n");
	}

	@Test
	void statusSaysWhatEachSideHasAndHasNotTaken() throws Exception {
		assertEquals("""
				Office KANDA: 0 journal entries, 0 not acknowledged by central
				Last change file: none yet
				Central's state taken 2026-11-20T09:00:00Z (0 days ago)
				""", CliRun.of("--db", office, "sync", "status").out(), "the replica's making is the first time it took central's state");
		assertEquals("Central register: 1 branch office\nKANDA\t神田出張所\tno change file taken yet\t0 pending conflicts\n",
				CliRun.of("--db", central, "sync", "status").out());
		CliRun conflictsAtOffice = CliRun.of("--db", office, "sync", "conflicts");
		assertEquals(ExitCodes.FAILURE, conflictsAtOffice.exitCode());
		assertTrue(conflictsAtOffice.err().startsWith(
				"madoguchi: Conflicts are kept and decided at the central register; this is the register of office KANDA"),
				"an office has no conflicts to list: " + conflictsAtOffice.err());

		moveWithin(office, 1, "鍛冶町");
		moveWithin(office, 2, "鍛冶町");
		moveWithin(central, 2, "丸の内");
		String file = exported("KANDA-1.mdsync");
		JsonObject atOffice = JsonParser.parseString(CliRun.of("--db", office, "sync", "status", "--json").out()).getAsJsonObject();
		assertEquals(2, atOffice.get("entries").getAsInt());
		assertEquals(2, atOffice.get("unacknowledged").getAsInt(), "central acknowledges nothing yet");
		assertEquals(2, atOffice.getAsJsonObject("lastExport").get("last").getAsInt());

		CliRun.of("--db", central, "sync", "import", file);
		JsonObject atCentral = JsonParser.parseString(CliRun.of("--db", central, "sync", "status", "--json").out()).getAsJsonObject();
		JsonObject kanda = atCentral.getAsJsonArray("offices").get(0).getAsJsonObject();
		assertEquals("central", atCentral.get("office").getAsString());
		assertEquals(List.of("KANDA", 2L, 1L), List.of(kanda.get("code").getAsString(), kanda.get("lastSequence").getAsLong(),
				kanda.get("pendingConflicts").getAsLong()));
		assertTrue(CliRun.of("--db", central, "sync", "status").out().endsWith("\tentry 2 taken " + kanda.get("lastTakenAt").getAsString()
				+ "\t1 pending conflict\n"));
	}

	@Test
	void aChangedByteIsRefusedWithTheReasonAndNothingIsTaken() throws Exception {
		moveWithin(office, 1, "鍛冶町");
		String file = exported("KANDA-1.mdsync");
		Path tampered = Files.copy(Path.of(file), folder.resolve("tampered.mdsync"));
		byte[] bytes = Files.readAllBytes(tampered);
		bytes[bytes.length / 3] ^= 1;
		Files.write(tampered, bytes, StandardOpenOption.TRUNCATE_EXISTING);

		CliRun refused = CliRun.of("--db", central, "sync", "import", tampered.toString());
		assertEquals(ExitCodes.FAILURE, refused.exitCode());
		assertTrue(refused.err().startsWith("madoguchi: The file " + tampered + " is damaged or was changed after it was signed"), refused.err());
		assertTrue(refused.err().contains("nothing was imported"), refused.err());
		assertEquals("Imported entries 1 to 1 of office KANDA: 1 applied, 0 conflicts, 0 skipped\n",
				CliRun.of("--db", central, "sync", "import", file).out());

		CliRun atOffice = CliRun.of("--db", office, "sync", "import", file);
		assertEquals(ExitCodes.FAILURE, atOffice.exitCode(), "an office takes central's replies only");
		assertEquals("madoguchi: " + file + " is a branch office's change file: it is imported at the central register, not at an office.\n",
				atOffice.err());
	}

	@Test
	void centralsReplyCarriesTheAcknowledgementAndCentralsChangesToTheOffice() throws Exception {
		moveWithin(office, 1, "鍛冶町");
		moveWithin(central, 3, "丸の内");
		String file = exported("KANDA-1.mdsync");
		String reply = folder.resolve("KANDA-reply-1.mdsync").toString();

		CliRun imported = CliRun.of("--db", central, "sync", "import", file, "--reply", reply);
		assertEquals("Imported entries 1 to 1 of office KANDA: 1 applied, 0 conflicts, 0 skipped\n"
				+ "Wrote the reply to office KANDA to " + reply + ": entries up to 1 acknowledged, 1 entry of central and other offices, 0 conflict outcomes\n",
				imported.out(), imported.err());
		CliRun atCentral = CliRun.of("--db", central, "sync", "import", reply);
		assertEquals("madoguchi: " + reply + " is central's reply to a branch office: it is imported at that office's register, not at central.\n",
				atCentral.err());
		CliRun misplaced = CliRun.of("--db", office, "sync", "import", reply, "--reply", reply);
		assertEquals(ExitCodes.USAGE, misplaced.exitCode(), misplaced.err());

		CliRun taken = CliRun.of("--db", office, "sync", "import", reply);
		assertEquals("Imported central's reply: entries up to 1 of office KANDA acknowledged, 1 of central's entries applied, 0 skipped\n", taken.out(),
				taken.err());
		JsonObject again = JsonParser.parseString(CliRun.of("--db", office, "sync", "import", reply, "--json").out()).getAsJsonObject();
		assertEquals(List.of(0, 1), List.of(again.get("applied").getAsInt(), again.get("skipped").getAsInt()), "a reply imported again changes nothing");
		assertEquals(CliRun.of("--db", central, "resident", "show", "3").out(), CliRun.of("--db", office, "resident", "show", "3").out(),
				"central's move, at the office as at central");
		JsonObject status = JsonParser.parseString(CliRun.of("--db", office, "sync", "status", "--json").out()).getAsJsonObject();
		assertEquals(0, status.get("unacknowledged").getAsInt());
		assertEquals(0, status.getAsJsonArray("pendingAtCentral").size());
		CliRun next = CliRun.of("--db", office, "sync", "export", "--out", folder.resolve("KANDA-2.mdsync").toString());
		assertTrue(next.out().startsWith("Office KANDA has no entries central has not acknowledged; exported "), "the next file starts after what central took: "
				+ next.out());
	}

	@Test
	void theOfficeIsWarnedPastItsOwnSettingWithoutCentralsReply() {
		assertEquals("A branch office is warned after 7 days without central's reply\n", CliRun.of("--db", office, "office", "sync-warning").out());
		assertEquals("A branch office is warned after 10 days without central's reply\n",
				CliRun.of("--db", office, "office", "sync-warning", "10").out());
		CliRun none = CliRun.of("--db", office, "office", "sync-warning", "0");
		assertEquals(ExitCodes.USAGE, none.exitCode());
		assertEquals("madoguchi: Invalid value for DAYS: 0 is not between 1 and 365", none.err().lines().findFirst().orElseThrow());

		JsonObject tenDays = on("2026-11-30", () -> status("--json"));
		assertEquals(List.of(10L, 10L, false), List.of(tenDays.get("daysSinceCentral").getAsLong(), tenDays.get("warnAfterDays").getAsLong(),
				tenDays.get("overdue").getAsBoolean()), "the replica took central's state on the 20th: ten days is not more than ten");
		assertTrue(on("2026-12-01", () -> status("--json")).get("overdue").getAsBoolean(), "eleven days is");
		assertTrue(on("2026-12-01", () -> CliRun.of("--db", office, "sync", "status").out()).endsWith(
				"Warning: more than 10 days without central's reply: export a change file and bring back central's reply\n"));
	}

	private JsonObject status(String json) {
		return JsonParser.parseString(CliRun.of("--db", office, "sync", "status", json).out()).getAsJsonObject();
	}

	/** What {@code run} gives with the register's today on {@code day} (the tests' pom sets 2026-11-20). */
	private static <T> T on(String day, Supplier<T> run) {
		String previous = System.setProperty(RegisterClock.PROPERTY, day);
		try {
			return run.get();
		} finally {
			System.setProperty(RegisterClock.PROPERTY, previous);
		}
	}
}
