package org.madoguchi.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.Resident;
import org.madoguchi.store.Identities;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.RegisteredOffice;
import org.madoguchi.store.ResidentChange;
import org.madoguchi.store.Store;
import org.madoguchi.store.StoreException;
import org.madoguchi.store.SyncConflict;

/**
 * What syncing registers stores: the journal numbers each office's entries without gaps, keeps
 * them as written, and holds an entry exactly when its unit of work committed; a branch office
 * is found by its code, its key and its block of ids, which a register hands out from. H2 and PostgreSQL subclasses.
 */
abstract class SyncStoreContract extends StoreFixture {

	private static final Instant AT = Instant.parse("2026-11-20T01:02:03Z");

	private static JournalEntry entry(String office, String useCase) {
		return new JournalEntry(office, 0, "clerk1", AT, useCase, "{\"card\":12}", "{\"card/12\":3}", "[]", null);
	}

	private JournalEntry append(Store into, String office, String useCase) {
		return into.write(session -> session.journal().append(entry(office, useCase), false));
	}

	@Test
	void aResidentHeldByOneTransactionWaitsForTheWriterThatChangedItAndThenSeesTheChange() throws Exception {
		long id = store.write(session -> session.residents().insert(Fixtures.resident("保持", "一", "ホジ", "ハジメ", "607190208267")));
		int before = store.read(session -> session.residents().version(id)).orElseThrow();
		CountDownLatch changed = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> clerk = threads.submit(() -> store.write(session -> {
				session.residents().planMoveOut(id, LocalDate.of(2026, 12, 1));
				session.journal().append(entry("KANDA", "change.move-out"), false);
				changed.countDown();
				await(commit);
				return null;
			}));
			assertTrue(changed.await(10, TimeUnit.SECONDS));
			Future<List<Long>> taker = threads.submit(() -> store.write(session -> {
				session.residentStates().lock(id);
				return session.journal().after("KANDA", 0, 10).stream().map(JournalEntry::sequence).toList();
			}));
			Thread.sleep(300);
			assertFalse(taker.isDone(), "the resident's row is held by the clerk's change: the taker waits");
			commit.countDown();
			clerk.get(20, TimeUnit.SECONDS);
			assertEquals(List.of(1L), taker.get(20, TimeUnit.SECONDS), "once held, the taker reads the clerk's entry");
			assertEquals(before + 1, store.read(session -> session.residents().version(id)).orElseThrow());
		} finally {
			commit.countDown();
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void eachOfficeNumbersItsOwnEntriesFromOne() {
		assertEquals(1, append(store, "central", "card.issue").sequence());
		assertEquals(1, append(store, "KOJIMACHI", "card.apply").sequence());
		assertEquals(2, append(store, "central", "card.suspend").sequence());
		List<JournalEntry> central = store.read(session -> session.journal().after("central", 0, 10));
		assertEquals(List.of("card.issue", "card.suspend"), central.stream().map(JournalEntry::useCase).toList());
		assertEquals(new JournalEntry("central", 1, "clerk1", AT, "card.issue", "{\"card\":12}", "{\"card/12\":3}", "[]", null), central.get(0),
				"kept as written");
		assertEquals(List.of(2L), store.read(session -> session.journal().after("central", 1, 10)).stream().map(JournalEntry::sequence).toList());
	}

	@Test
	void aUnitOfWorkThatFailsLeavesNoEntryAndNoGap() {
		append(store, "central", "card.issue");
		assertThrows(IllegalStateException.class, () -> store.write(session -> {
			session.journal().append(entry("central", "card.revoke"), false);
			throw new IllegalStateException("the use case refused after its entry");
		}));
		assertEquals(2, append(store, "central", "card.suspend").sequence());
		assertEquals(List.of("card.issue", "card.suspend"),
				store.read(session -> session.journal().after("central", 0, 10)).stream().map(JournalEntry::useCase).toList());
	}

	@Test
	void centralOrdersWhatItJournalsAndAppliesAndAnOfficeKeepsCentralsPlaces() {
		store.write(session -> session.journal().append(entry("central", "card.issue"), true));
		store.write(session -> {
			session.journal().appendApplied(new JournalEntry("KANDA", 1, "clerk2", AT, "card.suspend", "{}", "{}", "[]", null), true);
			return null;
		});
		store.write(session -> session.journal().append(entry("KOJIMACHI", "card.apply"), false));
		store.write(session -> {
			session.journal().appendApplied(new JournalEntry("SHIBA", 3, "clerk3", AT, "card.revoke", "{}", "{}", "[]", 17L), false);
			return null;
		});
		assertEquals(17, store.read(session -> session.journal().highestOrder()));
		assertEquals(List.of("central/1@1", "KANDA/1@2", "SHIBA/3@17"), store.read(session -> session.journal().inOrderAfter(0, "KOJIMACHI", 10))
				.stream().map(entry -> entry.office() + "/" + entry.sequence() + "@" + entry.order()).toList(), "an office's own entries have no place");
		assertEquals(List.of("central/1@1", "SHIBA/3@17"), store.read(session -> session.journal().inOrderAfter(0, "KANDA", 10)).stream()
				.map(entry -> entry.office() + "/" + entry.sequence() + "@" + entry.order()).toList(), "what a reply to KANDA carries");
		assertEquals(List.of(17L), store.read(session -> session.journal().inOrderAfter(2, "KANDA", 10)).stream().map(JournalEntry::order).toList());
	}

	@Test
	void aHeldEntryWaitsInCentralsOrderUntilAppliedInItsPlace() {
		JournalEntry later = new JournalEntry("central", 4, "clerk1", AT, "card.apply", "{}", "{\"resident/9\":1}", "[\"card/30\"]", 12L);
		JournalEntry earlier = new JournalEntry("KANDA", 2, "clerk2", AT, "card.issue", "{}", "{\"card/7\":2}", "[]", 11L);
		store.write(session -> {
			session.journal().hold(later);
			session.journal().hold(earlier);
			return null;
		});
		assertEquals(List.of(earlier, later), store.read(session -> session.journal().held()));
		assertThrows(StoreException.class, () -> store.write(session -> {
			session.journal().appendApplied(earlier, false);
			session.journal().keep(earlier);
			return null;
		}), "once applied in its place, the entry is in the journal: it is not kept again");
		store.write(session -> {
			session.journal().appendApplied(earlier, false);
			return null;
		});
		assertEquals(List.of(later), store.read(session -> session.journal().held()));
		assertEquals(List.of(earlier), store.read(session -> session.journal().after("KANDA", 0, 10)), "applied once, in its place");
		store.write(session -> {
			session.journal().keep(later);
			return null;
		});
		assertEquals(List.of(), store.read(session -> session.journal().held()), "a held entry kept unrun (its state taken instead) is held no more");
	}

	@Test
	void twoStoresOrderingAtOnceGetEveryPlaceOnce() throws Exception {
		onTwoStoresAtOnce(50, appender -> appender.write(session -> session.journal().append(entry("central", "card.ready"), true)));
		assertEquals(LongStream.rangeClosed(1, 100).boxed().toList(),
				store.read(session -> session.journal().inOrderAfter(0, "KANDA", 1000)).stream().map(JournalEntry::order).toList());
	}

	@Test
	void twoStoresAppendingAtOnceGetEveryNumberOnce() throws Exception {
		onTwoStoresAtOnce(50, appender -> append(appender, "central", "card.ready"));
		assertEquals(LongStream.rangeClosed(1, 100).boxed().toList(),
				store.read(session -> session.journal().after("central", 0, 1000)).stream().map(JournalEntry::sequence).toList());
	}

	@Test
	void anOfficeIsFoundByItsCodeAndByItsKey() {
		RegisteredOffice kojimachi = new RegisteredOffice("KOJIMACHI", "麹町出張所", "MCowBQYDK2VwAyEAkojimachi", AT, 1);
		store.write(session -> {
			session.offices().add(kojimachi);
			session.offices().add(new RegisteredOffice("KANDA", "神田出張所", "MCowBQYDK2VwAyEAkanda", AT, 2));
			return null;
		});
		assertEquals(Optional.of(kojimachi), store.read(session -> session.offices().find("KOJIMACHI")));
		assertEquals(Optional.of(kojimachi), store.read(session -> session.offices().withKey("MCowBQYDK2VwAyEAkojimachi")));
		assertEquals(List.of("KANDA", "KOJIMACHI"), store.read(session -> session.offices().all()).stream().map(RegisteredOffice::code).toList());
		assertEquals(Optional.empty(), store.read(session -> session.offices().find("KUDAN")));
		assertEquals(Optional.of(kojimachi), store.read(session -> session.offices().withIdBlock(1)));
	}

	@Test
	void twoOfficesCannotShareABlockOfIds() {
		store.write(session -> {
			session.offices().add(new RegisteredOffice("KOJIMACHI", "麹町出張所", "MCowBQYDK2VwAyEAkojimachi", AT, 3));
			return null;
		});
		assertThrows(RuntimeException.class, () -> store.write(session -> {
			session.offices().add(new RegisteredOffice("KANDA", "神田出張所", "MCowBQYDK2VwAyEAkanda", AT, 3));
			return null;
		}));
	}

	@Test
	void aRegisterHandsOutTheIdsOfItsBlockAndNeverAnIdItHasGiven() {
		long central = insert("607190208135", "AB6071902081");
		handOutBlock(3);
		long resident = insert("607190208143", "AB6071902082");
		assertEquals(3 * Identities.BLOCK, resident);
		assertEquals(3 * Identities.BLOCK, store.read(session -> session.residents().find(resident)).orElseThrow().getCards().get(0).getId(),
				"the card's id is of the block too");
		handOutBlock(3);
		assertEquals(3 * Identities.BLOCK + 1, insert("607190208151", "AB6071902083"), "an id of the block is not handed out again");
		handOutBlock(0);
		assertEquals(central + 1, insert("607190208160", "AB6071902084"), "block 3's records do not move block 0's ids");
	}

	@Test
	void anEntryKeepsTheResidentsCardsAndChangesItsUnitOfWorkCreated() {
		long[] ids = store.write(session -> {
			session.residents().insert(Fixtures.resident("前記", "一", "ゼンキ", "ハジメ", "607190208224"));
			session.journal().append(entry("KOJIMACHI", "resident.register"), false);
			long resident = session.residents().insert(Fixtures.resident("記録", "花子", "キロク", "ハナコ", "607190208232"));
			long card = session.cards().insert(resident, Fixtures.issuedCard("AB6071902086"));
			long change = session.changes().add(new ResidentChange(0, resident, "name-change", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
					0, "clerk1", AT, "marriage", null, null, "{}", "{}"));
			return new long[] { resident, card, change };
		});
		JournalEntry entry = store.read(session -> session.journal().after("KOJIMACHI", 0, 10)).get(0);
		assertEquals("[\"resident/" + ids[0] + "\",\"card/" + ids[1] + "\",\"change/" + ids[2] + "\"]", entry.created(),
				"what was stored after the entry, not the resident before it");
	}

	@Test
	void anEntryAppliedFromAnotherRegisterKeepsItsNumberAndGivesItsRecordsItsIds() {
		long officeResident = 2 * Identities.BLOCK + 5;
		long officeCard = 2 * Identities.BLOCK + 7;
		JournalEntry recorded = new JournalEntry("KANDA", 4, "clerk1", AT, "resident.register", "{}", "{}",
				"[\"resident/" + officeResident + "\",\"card/" + officeCard + "\"]", null);
		long resident = store.write(session -> {
			session.journal().appendApplied(recorded, false);
			long id = session.residents().insert(Fixtures.resident("神田", "一", "カンダ", "ハジメ", "607190208240"));
			session.cards().insert(id, Fixtures.issuedCard("AB6071902090"));
			return id;
		});
		assertEquals(officeResident, resident, "the office's id, not the next of this register's block");
		assertEquals(officeCard, store.read(session -> session.residents().find(officeResident)).orElseThrow().getCards().get(0).getId());
		assertEquals(List.of(recorded), store.read(session -> session.journal().after("KANDA", 0, 10)), "kept under the office's number");
		assertEquals(4L, store.read(session -> session.journal().highestByOffice()).get("KANDA"));

		StoreException again = assertThrows(StoreException.class, () -> store.write(session -> {
			session.journal().appendApplied(recorded, false);
			return null;
		}));
		assertEquals("journal.applied", again.problem().key());
		StoreException other = assertThrows(StoreException.class, () -> store.write(session -> {
			session.journal().appendApplied(new JournalEntry("KANDA", 5, "clerk1", AT, "card.apply", "{}", "{}",
					"[\"card/" + (officeCard + 1) + "\"]", null), false);
			session.residents().insert(Fixtures.resident("別件", "二", "ベッケン", "ジ", "607190208259"));
			return null;
		}));
		assertEquals("journal.createdMismatch", other.problem().key(), "a unit of work that creates other records than its entry says");
		assertTrue(store.read(session -> session.journal().after("KANDA", 4, 10)).isEmpty(), "and nothing of it stays");
	}

	@Test
	void theMarkOfWhatWasTakenOfAnOfficeMovesWithItsTransaction() {
		assertEquals(0, store.read(session -> session.offices().lastTaken("KANDA")));
		assertTrue(store.read(session -> session.offices().lastTakenAt("KANDA")).isEmpty());
		store.write(session -> {
			session.offices().taken("KANDA", 3, AT);
			return null;
		});
		assertThrows(IllegalStateException.class, () -> store.write(session -> {
			session.offices().taken("KANDA", 4, AT.plusSeconds(60));
			throw new IllegalStateException("the entry's use case refused");
		}));
		assertEquals(3, store.read(session -> session.offices().lastTaken("KANDA")));
		assertEquals(AT, store.read(session -> session.offices().lastTakenAt("KANDA")).orElseThrow());
	}

	@Test
	void aConflictIsKeptPendingUntilDecidedOnce() {
		long id = store.write(session -> session.conflicts().add(new SyncConflict(0, "KANDA", 6, "change.move-within", 12L,
				"{\"en\":\"changed here\",\"ja\":\"変更済み\"}", "{\"sequence\":6}", null, AT, "ignored", null, null, null)));
		SyncConflict kept = store.read(session -> session.conflicts().find(id)).orElseThrow();
		assertTrue(kept.pending(), "kept as pending whatever status it came with");
		assertEquals(List.of(id), store.read(session -> session.conflicts().list(false)).stream().map(SyncConflict::id).toList());
		assertTrue(store.write(session -> session.conflicts().decide(id, "central", "sato", AT.plusSeconds(5), "central's is newer")));
		assertFalse(store.write(session -> session.conflicts().decide(id, "office", "sato", AT.plusSeconds(9), null)), "decided once");
		SyncConflict decided = store.read(session -> session.conflicts().find(id)).orElseThrow();
		assertEquals(List.of("central", "sato", "central's is newer"), List.of(decided.status(), decided.decidedBy(), decided.decisionReason()));
		assertTrue(store.read(session -> session.conflicts().list(false)).isEmpty());
		assertEquals(1, store.read(session -> session.conflicts().list(true)).size());
		assertThrows(StoreException.class, () -> store.write(session -> session.conflicts().add(new SyncConflict(0, "KANDA", 6,
				"change.move-within", 12L, "{}", "{}", null, AT, null, null, null, null))), "one conflict per entry");
	}

	private void handOutBlock(long block) {
		store.write(session -> {
			session.identities().handOutBlock(block);
			return null;
		});
	}

	private long insert(String number, String serial) {
		Resident resident = Fixtures.resident("同期", "花子", "ドウキ", "ハナコ", number);
		Fixtures.joinHousehold(resident, "H-" + number, "世帯主");
		resident.getCards().add(Fixtures.issuedCard(serial));
		return store.write(session -> session.residents().insert(resident));
	}
}
