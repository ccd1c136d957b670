package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.service.ChangeFileImport;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.OfficeConflicts;
import org.madoguchi.service.OfficeConflicts.Keep;
import org.madoguchi.service.OfficeSettings;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ReplyImport;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.SyncStatus;
import org.madoguchi.testing.TestPostgres;

/**
 * Central's replies: they carry back to a branch office the acknowledgement of its entries,
 * what became of those central kept as conflicts, and every change central holds that the office
 * has not seen, in central's order; after a full exchange every register holds the same residents.
 * A reply that is not whole, not central's or not meant for the office changes nothing.
 */
class CentralReplyTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private String centralAt;
	private long suzuki;

	private Register open(String name) {
		return openOn(name, TODAY);
	}

	private Register openOn(String name, LocalDate day) {
		String location = name.equals("central") ? centralAt : folder.resolve(name).toString();
		return Register.openOrCreateDemo(DatabaseLocation.of(location), Login.none(), RegisterClock.fixedAt(day));
	}

	/** Central with 鈴木 on it, and the offices KANDA (ids from block 1) and SHIBA (block 2) made from one backup and registered. */
	private void city(String kind) throws SQLException {
		centralAt = kind.equals("postgres") ? TestPostgres.emptied() : folder.resolve("central").toString();
		Path backup = folder.resolve("central.zip");
		try (Register central = open("central")) {
			suzuki = central.residents().register(People.resident("鈴木", "次郎", "スズキ", "ジロウ", LocalDate.of(1975, 5, 5), "987654321018"));
			central.backups().backup(backup);
			long block = 1;
			for (String office : List.of("KANDA", "SHIBA")) {
				Path key = folder.resolve(office + ".pub");
				Register.createReplica(backup, DatabaseLocation.of(folder.resolve(office).toString()), Login.none(), office, block++, key);
				central.offices().add(office, office + "出張所", key);
			}
		}
	}

	/** What {@code office} exports now, imported at central, and central's reply to it. */
	private ChangeFileImport.Reply exchange(String office, String name) {
		return exchangeOn(office, name, TODAY);
	}

	/** {@link #exchange} with central's clock on {@code day}. */
	private ChangeFileImport.Reply exchangeOn(String office, String name, LocalDate day) {
		Path file = folder.resolve(name + ".mdsync");
		try (Register at = open(office)) {
			at.sync().export(file);
		}
		try (Register central = openOn("central", day)) {
			ChangeFileImport.Imported imported = central.syncImport().importFile(file, Progress.NONE);
			return central.syncImport().reply(imported, folder.resolve(name + "-reply.mdsync"));
		}
	}

	/** Central's supervisor decides the oldest pending conflict, giving no reason. */
	private static void decideTheFirstConflict(Register central, Keep keep) {
		central.conflicts().resolve(central.conflicts().list(false, Locale.ENGLISH).get(0).id(), keep, null, Locale.ENGLISH);
	}

	private ReplyImport.Imported takeReply(String office, String name) {
		try (Register at = open(office)) {
			return at.replyImport().importFile(folder.resolve(name + "-reply.mdsync"), Progress.NONE);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void afterAFullExchangeEveryRegisterHoldsTheSameResidents(String kind) throws Exception {
		city(kind);
		long sato;
		try (Register kanda = open("KANDA")) {
			sato = kanda.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			People.issuedCard(kanda, sato, "AB1234567890");
		}
		long tanaka;
		try (Register shiba = open("SHIBA")) {
			tanaka = shiba.residents().register(People.resident("田中", "三郎", "タナカ", "サブロウ", LocalDate.of(1990, 1, 1), "111222333446"));
			shiba.changes().moveWithin(ChangeTarget.of(suzuki), People.move("芝", "1番1号", LocalDate.of(2026, 11, 12), NotificationKind.MOVE_WITHIN));
		}
		try (Register central = open("central")) {
			central.residents().register(People.resident("山本", "花子", "ヤマモト", "ハナコ", LocalDate.of(1985, 3, 3), "555666777885"));
		}

		ChangeFileImport.Reply toKanda = exchange("KANDA", "kanda-1");
		assertEquals(List.of(1L, 0L), List.of(toKanda.entries(), toKanda.conflicts()), "central's own registration, and no conflict");
		ChangeFileImport.Reply toShiba = exchange("SHIBA", "shiba-1");
		assertEquals(1 + toKanda.acknowledged(), toShiba.entries(), "central's registration and all of KANDA's entries");
		ReplyImport.Imported atShiba = takeReply("SHIBA", "shiba-1");
		assertEquals(toShiba.entries(), atShiba.applied());
		assertEquals(0, takeReply("SHIBA", "shiba-1").applied(), "a reply imported again changes nothing");
		takeReply("KANDA", "kanda-1");
		ChangeFileImport.Reply again = exchange("KANDA", "kanda-2");
		assertEquals(2, again.entries(), "SHIBA's registration and move, which central took after KANDA's first reply");
		takeReply("KANDA", "kanda-2");

		try (Register central = open("central"); Register kanda = open("KANDA"); Register shiba = open("SHIBA")) {
			byte[] atCentral = exported(central, "central.csv");
			assertArrayEquals(atCentral, exported(kanda, "kanda.csv"), "KANDA holds what central holds");
			assertArrayEquals(atCentral, exported(shiba, "shiba.csv"), "SHIBA holds what central holds");
			assertEquals(kanda.records().show(sato).cards(), shiba.records().show(sato).cards(), "KANDA's card reached SHIBA with its steps");
			assertEquals(central.records().show(tanaka).changes(), kanda.records().show(tanaka).changes());
			SyncStatus.AtOffice status = kanda.syncStatus().status().office();
			assertEquals(0, status.unacknowledged(), "central acknowledged every entry of KANDA");
			assertEquals(List.of(), status.pendingAtCentral());
		}
		Path next = folder.resolve("kanda-3.mdsync");
		try (Register kanda = open("KANDA")) {
			assertEquals(0, kanda.sync().export(next).count(), "the next change file starts after what central acknowledged");
		}
	}

	/** Central moves 鈴木 to 麹町, KANDA (not knowing) to 神田 two days later, and KANDA's change file reaches central. */
	private void bothMoveSuzuki() throws SQLException {
		city("embedded");
		try (Register central = open("central")) {
			central.changes().moveWithin(ChangeTarget.of(suzuki), People.move("麹町", "3番3号", LocalDate.of(2026, 11, 10), NotificationKind.MOVE_WITHIN));
		}
		try (Register kanda = open("KANDA")) {
			kanda.changes().moveWithin(ChangeTarget.of(suzuki), People.move("神田", "2番2号", LocalDate.of(2026, 11, 12), NotificationKind.MOVE_WITHIN));
		}
		exchange("KANDA", "kanda-1");
	}

	@Test
	void aConflictTravelsBackAsPendingThenAsCentralsDecision() throws Exception {
		bothMoveSuzuki();
		ReplyImport.Imported first = takeReply("KANDA", "kanda-1");
		assertEquals(List.of(1L), first.pending(), "the move waits for central's supervisor");
		assertEquals(1, first.acknowledged(), "taken, as a conflict: the next file starts after it");
		try (Register kanda = open("KANDA")) {
			assertEquals(List.of(1L), kanda.syncStatus().status().office().pendingAtCentral());
			assertEquals("神田", town(kanda), "the office keeps its own state while central has not decided");
		}
		try (Register central = open("central")) {
			long id = central.conflicts().list(false, Locale.ENGLISH).get(0).id();
			central.conflicts().resolve(id, Keep.CENTRAL, "麹町の届出が正", Locale.ENGLISH);
		}
		exchange("KANDA", "kanda-2");
		ReplyImport.Imported second = takeReply("KANDA", "kanda-2");
		assertEquals(List.of(), second.pending());
		assertEquals(List.of(1L), second.superseded(), "central's state stands for 鈴木");
		try (Register central = open("central")) {
			central.changes().moveWithin(ChangeTarget.of(suzuki), People.move("丸の内", "1番1号", LocalDate.of(2026, 11, 13), NotificationKind.MOVE_WITHIN));
		}
		exchange("KANDA", "kanda-2b");
		assertFalse(takeReply("KANDA", "kanda-2b").older());
		assertTrue(takeReply("KANDA", "kanda-2").older(), "an older reply says its word on the conflicts was not taken");
		try (Register kanda = open("KANDA")) {
			assertEquals("丸の内", town(kanda), "the older reply, carried after the newer one, does not bring back its older state");
		}
		try (Register central = open("central")) {
			central.changes().moveWithin(ChangeTarget.of(suzuki), People.move("麹町", "3番3号", LocalDate.of(2026, 11, 14), NotificationKind.MOVE_WITHIN));
		}
		exchange("KANDA", "kanda-2c");
		takeReply("KANDA", "kanda-2c");
		try (Register kanda = open("KANDA"); Register central = open("central")) {
			assertEquals(List.of(1L), kanda.syncStatus().status().office().superseded());
			assertEquals("麹町", town(kanda), "central's state taken");
			assertEquals(central.records().show(suzuki).resident().getAddresses().size(), kanda.records().show(suzuki).resident().getAddresses().size(),
					"central's history of addresses, not the office's move");
			assertEquals(central.records().show(suzuki).changes(), kanda.records().show(suzuki).changes());
			assertArrayEquals(exported(central, "central.csv"), exported(kanda, "kanda.csv"));
		}
		try (Register kanda = open("KANDA")) {
			kanda.changes().moveWithin(ChangeTarget.of(suzuki), People.move("芝", "4番4号", LocalDate.of(2026, 11, 15), NotificationKind.MOVE_WITHIN));
		}
		assertEquals(2, exchange("KANDA", "kanda-3").acknowledged(), "the office's next move went in");
		takeReply("KANDA", "kanda-3");
		try (Register kanda = open("KANDA"); Register central = open("central")) {
			assertEquals("芝", town(central));
			assertArrayEquals(exported(central, "central.csv"), exported(kanda, "kanda.csv"), "both agree after the decision");
		}
	}

	@Test
	void aClerksChangeRecordedWhileTheReplyIsTakenIsNotOverwrittenByCentralsState() throws Exception {
		bothMoveSuzuki();
		takeReply("KANDA", "kanda-1");
		try (Register central = open("central")) {
			decideTheFirstConflict(central, Keep.CENTRAL);
			central.residents().register(People.resident("山本", "花子", "ヤマモト", "ハナコ", LocalDate.of(1985, 3, 3), "555666777885"));
		}
		exchange("KANDA", "kanda-2");
		try (Register kanda = open("KANDA")) {
			boolean[] moved = { false };
			kanda.replyImport().importFile(folder.resolve("kanda-2-reply.mdsync"), new Progress() {
				@Override
				public void worked(long done, long total) {
					if (!moved[0]) {
						moved[0] = true;
						// the counter goes on while the supervisor takes the reply
						kanda.changes().moveWithin(ChangeTarget.of(suzuki),
								People.move("芝", "4番4号", LocalDate.of(2026, 11, 15), NotificationKind.MOVE_WITHIN));
					}
				}

				@Override
				public boolean isCanceled() {
					return false;
				}
			});
			assertTrue(moved[0], "the reply carried central's registration");
			assertEquals("芝", town(kanda), "the clerk's move stands: central's state of 鈴木 was not put over it");
		}
		exchange("KANDA", "kanda-3");
		takeReply("KANDA", "kanda-3");
		try (Register kanda = open("KANDA"); Register central = open("central")) {
			assertEquals("芝", town(central), "the move travelled to central");
			assertArrayEquals(exported(central, "central.csv"), exported(kanda, "kanda.csv"), "and both agree");
		}
	}

	@Test
	void aReplyWrittenBeforeCentralsDecisionCarriedAfterTheNextDoesNotBringThePendingConflictBack() throws Exception {
		bothMoveSuzuki();
		LocalDate nextDay = TODAY.plusDays(1);
		try (Register central = openOn("central", nextDay)) {
			decideTheFirstConflict(central, Keep.CENTRAL);
		}
		exchangeOn("KANDA", "kanda-2", nextDay);
		takeReply("KANDA", "kanda-2");
		takeReply("KANDA", "kanda-1");
		try (Register kanda = open("KANDA")) {
			SyncStatus.AtOffice status = kanda.syncStatus().status().office();
			assertEquals(List.of(), status.pendingAtCentral(), "the first reply, through the same entries, was written before the decision");
			assertEquals(List.of(1L), status.superseded());
			assertEquals("麹町", town(kanda));
		}
	}

	@Test
	void anOfficesEntryCentralKeptBringsCentralsOrderOfEventsBack() throws Exception {
		bothMoveSuzuki();
		takeReply("KANDA", "kanda-1");
		try (Register central = open("central")) {
			decideTheFirstConflict(central, Keep.OFFICE);
		}
		exchange("KANDA", "kanda-2");
		exchange("SHIBA", "shiba-1");
		takeReply("KANDA", "kanda-2");
		takeReply("SHIBA", "shiba-1");
		try (Register central = open("central"); Register kanda = open("KANDA"); Register shiba = open("SHIBA")) {
			assertEquals("神田", town(central));
			assertEquals(3, central.records().show(suzuki).resident().getAddresses().size(), "born here, 麹町 on the 10th, then 神田 on the 12th");
			assertEquals(central.records().show(suzuki).resident().getAddresses().size(), kanda.records().show(suzuki).resident().getAddresses().size());
			byte[] atCentral = exported(central, "central.csv");
			assertArrayEquals(atCentral, exported(kanda, "kanda.csv"));
			assertArrayEquals(atCentral, exported(shiba, "shiba.csv"), "SHIBA got central's move and KANDA's, in central's order");
		}
	}

	@Test
	void aNumberRegisteredAtBothWaitsAtTheOfficeUntilCentralDecidesAndThenCentralsResidentStands() throws Exception {
		city("embedded");
		long atKanda;
		try (Register kanda = open("KANDA")) {
			atKanda = kanda.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
		}
		long atCentral;
		try (Register central = open("central")) {
			atCentral = central.residents().register(People.resident("佐藤", "一朗", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			central.cards().apply(atCentral, LocalDate.of(2026, 11, 2), ApplicationChannel.COUNTER);
			central.residents().register(People.resident("山本", "花子", "ヤマモト", "ハナコ", LocalDate.of(1985, 3, 3), "555666777885"));
		}
		assertEquals(1, exchange("KANDA", "kanda-1").conflicts(), "central refuses a second resident with the same number");

		ReplyImport.Imported first = takeReply("KANDA", "kanda-1");
		assertEquals(List.of(1L), first.pending());
		assertEquals(List.of(1, 2), List.of(first.applied(), first.held()),
				"山本 is taken; central's 佐藤 and his application wait: the office's own 佐藤 holds the number until central decides");
		try (Register kanda = open("KANDA")) {
			assertEquals("一郎", kanda.records().show(atKanda).resident().getGivenName(), "the counter keeps working on the office's record");
			assertEquals(2, kanda.syncStatus().status().office().heldBack());
		}
		ReplyImport.Imported again = takeReply("KANDA", "kanda-1");
		assertEquals(List.of(0, 3, 2), List.of(again.applied(), again.skipped(), again.held()), "the same reply again changes nothing");

		try (Register central = open("central")) {
			OfficeConflicts.Conflict conflict = central.conflicts().list(false, Locale.ENGLISH).get(0);
			assertEquals(atKanda, conflict.residentId(), "the conflict is about the resident the office's entry made");
			central.conflicts().resolve(conflict.id(), Keep.CENTRAL, "二重登録", Locale.ENGLISH);
		}
		exchange("KANDA", "kanda-2");
		ReplyImport.Imported decided = takeReply("KANDA", "kanda-2");
		assertEquals(List.of(1L), decided.superseded());
		assertEquals(0, decided.held(), "central's 佐藤 and his application went in once the office's 佐藤 gave way");
		try (Register central = open("central"); Register kanda = open("KANDA")) {
			assertEquals("resident.unknown", assertThrows(ServiceException.class, () -> kanda.records().show(atKanda)).problem().key());
			assertEquals(central.records().show(atCentral).cards(), kanda.records().show(atCentral).cards());
			assertArrayEquals(exported(central, "central.csv"), exported(kanda, "kanda.csv"));
			assertEquals(0, kanda.syncStatus().status().office().heldBack());
		}
	}

	/** The town of 鈴木's current address. */
	private String town(Register register) {
		var entries = register.records().show(suzuki).resident().getAddresses();
		return entries.get(entries.size() - 1).getAddress().getTown();
	}

	@Test
	void aReplyNotWholeNotCentralsOrForAnotherOfficeChangesNothing() throws Exception {
		city("embedded");
		try (Register central = open("central")) {
			central.residents().register(People.resident("山本", "花子", "ヤマモト", "ハナコ", LocalDate.of(1985, 3, 3), "555666777885"));
		}
		exchange("KANDA", "kanda-1");
		exchange("SHIBA", "shiba-1");
		Path reply = folder.resolve("kanda-1-reply.mdsync");
		assertRefused("sync.replyForOther", "SHIBA", reply);
		assertRefused("sync.damaged", "KANDA", changed(reply, "byte.mdsync", "entries.jsonl"));
		Path otherCentral = folder.resolve("other-central");
		try (Register stranger = Register.openOrCreateDemo(DatabaseLocation.of(otherCentral.toString()), Login.none(), RegisterClock.fixedAt(TODAY))) {
			Path key = folder.resolve("KANDA.pub");
			stranger.offices().add("KANDA", "神田出張所", key);
			Path file = folder.resolve("kanda-again.mdsync");
			try (Register kanda = open("KANDA")) {
				kanda.sync().export(file);
			}
			stranger.syncImport().reply(stranger.syncImport().importFile(file, Progress.NONE), folder.resolve("stranger-reply.mdsync"));
		}
		assertRefused("sync.replySignature", "KANDA", folder.resolve("stranger-reply.mdsync"));
		try (Register central = open("central")) {
			assertEquals("sync.replyAtCentral", assertThrows(ServiceException.class,
					() -> central.replyImport().importFile(reply, Progress.NONE)).problem().key());
		}
		assertEquals(1, takeReply("KANDA", "kanda-1").applied(), "nothing of the refused files was taken");
	}

	private void assertRefused(String key, String office, Path reply) {
		try (Register at = open(office)) {
			ServiceException refused = assertThrows(ServiceException.class, () -> at.replyImport().importFile(reply, Progress.NONE));
			assertEquals(key, refused.problem().key(), refused.getMessage());
			assertTrue(refused.getMessage().contains(reply.getFileName().toString()), refused.getMessage());
		}
	}

	private byte[] exported(Register register, String name) throws IOException {
		Path csv = folder.resolve(name);
		register.exports().exportFile(csv, "utf-8", Progress.NONE);
		return Files.readAllBytes(csv);
	}

	/** A copy of {@code file} with one byte of {@code part} flipped. */
	private Path changed(Path file, String name, String part) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
			}
		}
		byte[] bytes = parts.get(part);
		bytes[bytes.length / 2] ^= 1;
		Path copy = folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var entry : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return copy;
	}

	@Test
	void anOfficeIsRemindedOnlyPastItsSettingAndCentralNever() throws Exception {
		city("embedded");
		exchange("KANDA", "kanda-1");
		takeReply("KANDA", "kanda-1");
		try (Register kanda = openOn("KANDA", TODAY.plusDays(7))) {
			assertEquals(Optional.of(new SyncStatus.Age(7, OfficeSettings.DEFAULT_SYNC_WARNING_DAYS)), kanda.syncStatus().age());
			assertFalse(kanda.syncStatus().age().orElseThrow().overdue(), "a week after central's reply is not yet too long");
		}
		try (Register kanda = openOn("KANDA", TODAY.plusDays(8))) {
			assertTrue(kanda.syncStatus().age().orElseThrow().overdue(), "the eighth day is");
			kanda.settings().setSyncWarningDays(14);
			assertEquals(new SyncStatus.Age(8, 14), kanda.syncStatus().age().orElseThrow(), "the office's own setting decides");
			assertFalse(kanda.syncStatus().age().orElseThrow().overdue());
			assertTrue(kanda.queries().audit(null, null, 100).stream()
					.anyMatch(entry -> entry.operation().equals("set-sync-warning") && entry.detail().equals("after 14 days")));
			for (int refused : new int[] { 0, OfficeSettings.MAX_SYNC_WARNING_DAYS + 1 }) {
				assertEquals("settings.syncWarning", assertThrows(ServiceException.class, () -> kanda.settings().setSyncWarningDays(refused))
						.problem().key());
			}
			assertEquals(14, kanda.settings().syncWarningDays(), "a refused setting leaves the office's");
		}
		try (Register central = openOn("central", TODAY.plusDays(30))) {
			assertEquals(Optional.empty(), central.syncStatus().age(), "central is the place of record: it waits for nobody");
		}
	}
}
