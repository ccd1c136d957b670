package org.madoguchi.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;
import org.madoguchi.store.AuditChainCheck.Finding;
import org.madoguchi.store.AuditEntry;
import org.madoguchi.store.NewAuditEntry;
import org.madoguchi.store.Store;
import org.madoguchi.store.internal.AuditChainTampering;

/**
 * The audit trail's hash chain, attacked as someone holding the database would: rows changed,
 * deleted and inserted with plain SQL, and the whole chain recomputed. Each is found, and named
 * by its first entry. H2 and PostgreSQL subclasses.
 */
abstract class AuditChainContract extends StoreFixture {

	@TempDir
	Path files;

	/** A plain JDBC connection to the database, past the store, as an attacker with the database file has one. */
	protected abstract Connection tamper() throws SQLException;

	/** Appends {@code count} entries in one unit of work each; returns their ids, oldest first. */
	private List<Long> append(int count) {
		for (int i = 0; i < count; i++) {
			int n = i;
			store.write(session -> {
				session.audit().append(AT, "clerk1", "show-number", (long) n, "entry " + n);
				return null;
			});
		}
		return ids();
	}

	private List<Long> ids() {
		return store.read(session -> session.audit().entries(null, null, 1000)).stream().map(AuditEntry::id).toList();
	}

	private AuditChainCheck verify() {
		return store.read(session -> session.audit().verify(null));
	}

	private void sql(String statement) throws SQLException {
		try (Connection connection = tamper(); Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	@Test
	void aCleanTrailVerifiesWithEveryEntryAndItsHead() {
		AuditChainCheck empty = verify();
		assertEquals(Finding.INTACT, empty.finding());
		assertEquals(0, empty.verified());
		List<Long> ids = append(5);
		AuditChainCheck check = verify();
		assertEquals(Finding.INTACT, check.finding());
		assertEquals(5, check.verified());
		assertEquals(ids.get(4), check.head().entryId());
		assertEquals(store.read(session -> session.audit().head()).orElseThrow(), check.head());
	}

	@Test
	void aChangedEntryIsNamed() throws Exception {
		List<Long> ids = append(5);
		sql("update audit_entry set detail = 'nothing to see' where id = " + ids.get(2));
		assertBroken(Finding.CHANGED, ids.get(2), 2);
	}

	@Test
	void anEntryChangedAndGivenAHashOfItsOwnNoLongerLinksToTheNext() throws Exception {
		List<Long> ids = append(5);
		sql("update audit_entry set operator_id = 'someone' where id = " + ids.get(1));
		try (Connection connection = tamper()) {
			AuditChainTampering.rehash(connection, ids.get(1));
		}
		// the entry fits itself now, but the next one still links to what it was
		assertBroken(Finding.REMOVED, ids.get(2), 2);
	}

	@Test
	void aRemovedEntryIsNamedByTheEntryAfterIt() throws Exception {
		List<Long> ids = append(5);
		sql("delete from audit_entry where id = " + ids.get(1));
		assertBroken(Finding.REMOVED, ids.get(2), 1);
	}

	@Test
	void anInsertedEntryIsNamed() throws Exception {
		List<Long> ids = append(5);
		sql("insert into audit_entry (id, at, operator_id, operation, resident_id, detail) values (" + (ids.get(4) + 100)
				+ ", current_timestamp, 'clerk1', 'login', null, null)");
		assertBroken(Finding.INSERTED, ids.get(4) + 100, 5);
	}

	@Test
	void anEntrySlippedBetweenTwoWithHashesCopiedFromItsNeighbourIsNamed() throws Exception {
		append(2);
		// a unit of work that failed leaves its id unused: a gap between two entries
		assertThrows(IllegalStateException.class, () -> store.write(session -> {
			session.audit().append(AT, "clerk1", "login", null, null);
			throw new IllegalStateException("rolled back");
		}));
		append(2);
		List<Long> ids = ids();
		long gap = ids.get(1) + 1;
		assertTrue(gap < ids.get(2), "a gap in the ids");
		sql("insert into audit_entry (id, at, operator_id, operation, resident_id, detail, previous_hash, entry_hash) select " + gap
				+ ", at, operator_id, operation, resident_id, 'forged', previous_hash, entry_hash from audit_entry where id = " + ids.get(1));
		assertBroken(Finding.INSERTED, gap, 2);
	}

	@Test
	void removedNewestEntriesAreFoundByTheHead() throws Exception {
		List<Long> ids = append(5);
		sql("delete from audit_entry where id >= " + ids.get(3));
		assertBroken(Finding.NEWEST_REMOVED, ids.get(4), 3);
	}

	@Test
	void aRecomputedChainIsFoundOnlyAgainstAnAnchorKeptOutside() throws Exception {
		List<Long> ids = append(5);
		AuditAnchor anchor = store.read(session -> session.audit().head()).orElseThrow();
		append(2);
		sql("update audit_entry set detail = 'rewritten' where id = " + ids.get(1));
		try (Connection connection = tamper()) {
			AuditChainTampering.recompute(connection);
		}
		assertEquals(Finding.INTACT, verify().finding(), "whoever can write the database can recompute its chain");
		AuditChainCheck against = store.read(session -> session.audit().verify(anchor));
		assertEquals(Finding.REWRITTEN, against.finding());
		assertEquals(ids.get(4), against.entryId());
		AuditChainCheck untouched = store.read(session -> session.audit().verify(store.read(s -> s.audit().head()).orElseThrow()));
		assertEquals(Finding.INTACT, untouched.finding());
	}

	@Test
	void anchorOfAnEntryThatIsGoneIsRewritten() throws Exception {
		List<Long> ids = append(3);
		AuditAnchor anchor = store.read(session -> session.audit().head()).orElseThrow();
		sql("delete from audit_entry where id = " + ids.get(2));
		try (Connection connection = tamper()) {
			AuditChainTampering.recompute(connection);
		}
		AuditChainCheck against = store.read(session -> session.audit().verify(anchor));
		assertEquals(Finding.REWRITTEN, against.finding());
		assertEquals(ids.get(2), against.entryId());
	}

	@Test
	void aBatchIsChainedInItsOrderBetweenSingleAppendsAndEachOfItsEntriesIsChecked() throws Exception {
		append(2);
		// nanoseconds the columns do not keep: the batch hashes the time as stored, as a single append does
		LocalDateTime at = LocalDateTime.of(2026, 11, 27, 9, 0, 0, 123_456_789);
		store.write(session -> {
			session.audit().append(List.of(new NewAuditEntry(at, "batch", "expired", 1L, "card 1 valid until 2026-11-26"),
					new NewAuditEntry(at, "batch", "expired", 2L, "card 2 valid until 2026-11-26"),
					new NewAuditEntry(at, "batch", "revoked", 3L, "card 3: continued use not recorded by 2026-11-26")));
			session.audit().append(List.of());
			return null;
		});
		append(1);
		List<AuditEntry> entries = store.read(session -> session.audit().entries(null, null, 100));
		assertEquals(List.of("entry 0", "entry 1", "card 1 valid until 2026-11-26", "card 2 valid until 2026-11-26",
				"card 3: continued use not recorded by 2026-11-26", "entry 0"), entries.stream().map(AuditEntry::detail).toList());
		AuditChainCheck check = verify();
		assertEquals(Finding.INTACT, check.finding(), () -> "found " + check);
		assertEquals(6, check.verified());
		assertEquals(entries.get(5).id(), check.head().entryId());
		sql("update audit_entry set resident_id = 4 where id = " + entries.get(3).id());
		assertBroken(Finding.CHANGED, entries.get(3).id(), 3);
	}

	@Test
	void appendsOfTwoStoresAtOnceMakeOneChain() throws Exception {
		onTwoStoresAtOnce(100, appender -> appender.write(session -> {
			session.audit().append(AT, "clerk1", "view-resident", null, null);
			return null;
		}));
		AuditChainCheck check = verify();
		assertEquals(Finding.INTACT, check.finding());
		assertEquals(200, check.verified());
	}

	@Test
	void entriesWrittenBeforeTheChainAreChainedWhenTheRegisterMigrates() throws Exception {
		append(3);
		// the register as the version before the chain left it
		sql("alter table audit_entry drop column previous_hash");
		sql("alter table audit_entry drop column entry_hash");
		sql("drop table audit_head");
		sql("drop table login_failure");
		sql("alter table operator drop column active");
		// and before what came after it
		sql("drop table journal_entry");
		sql("drop table branch_office");
		sql("drop table sync_mark");
		sql("drop table sync_conflict");
		sql("alter table audit_entry drop column detail_message");
		sql("delete from schema_version where version >= 6");
		sql("insert into audit_entry (at, operator_id, operation, resident_id, detail) values (current_timestamp, 'clerk1', 'login', null, 'old')");
		store.close();
		store = reopen();
		AuditChainCheck check = verify();
		assertEquals(Finding.INTACT, check.finding());
		assertEquals(4, check.verified());
		append(1);
		assertEquals(5, verify().verified(), "new entries continue the migrated chain");
	}

	@Test
	void aBackupRecordsTheHeadInItsManifest() throws Exception {
		append(3);
		Path backup = files.resolve("backup.zip");
		store.backup(backup, null, Map.of());
		assertEquals(store.read(session -> session.audit().head()), Store.backupAuditHead(backup));
	}

	private void assertBroken(Finding finding, long entryId, long verified) {
		AuditChainCheck check = verify();
		assertEquals(finding, check.finding(), () -> "found " + check);
		assertEquals(entryId, check.entryId(), () -> "found " + check);
		assertEquals(verified, check.verified(), () -> "found " + check);
		assertTrue(!check.intact());
	}
}
