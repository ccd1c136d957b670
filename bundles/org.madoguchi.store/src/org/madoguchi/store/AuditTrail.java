package org.madoguchi.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The audit trail: entries are appended and read, never changed or deleted. The entries form a
 * hash chain (each holds the SHA-256 of its content and of the entry before it), so that an entry
 * changed, inserted or removed outside the application shows when the chain is walked.
 */
public interface AuditTrail {

	/**
	 * Appends an entry at the chain's head, stamped {@code at} (the register's local time, kept to the
	 * microsecond); appends of concurrent transactions and processes queue.
	 */
	default void append(LocalDateTime at, String operatorId, String operation, Long residentId, String detail) {
		append(List.of(new NewAuditEntry(at, operatorId, operation, residentId, detail)));
	}

	/**
	 * Appends the entries at the chain's head in their order, under one wait for the head and with
	 * one batch of inserts: a nightly run's thousand entries of a transaction cost one round trip, not a thousand.
	 */
	void append(List<NewAuditEntry> entries);

	/** The newest entry and its hash; empty while the trail is empty. */
	Optional<AuditAnchor> head();

	/**
	 * Walks the whole chain, oldest first, and names the first break; with an {@code anchor} (null
	 * for none) recorded earlier, also checks that its entry still holds its hash.
	 */
	AuditChainCheck verify(AuditAnchor anchor);

	/** The entries of some days (inclusive; null for no bound), oldest first, with their hashes: an archive's rows. */
	void chained(LocalDate from, LocalDate until, Consumer<ChainedAuditEntry> each);

	/** The entries after {@code entryId}, oldest first, with their hashes: what a change file carries. */
	void chainedAfter(long entryId, Consumer<ChainedAuditEntry> each);

	/** Entries, oldest first, optionally only about one resident and from a day on. */
	default List<AuditEntry> entries(Long residentId, LocalDate since, int limit) {
		return entries(null, residentId, since, null, limit);
	}

	/** Entries, oldest first; each filter that is not null narrows them (the days are inclusive). */
	List<AuditEntry> entries(String operatorId, Long residentId, LocalDate from, LocalDate until, int limit);
}
