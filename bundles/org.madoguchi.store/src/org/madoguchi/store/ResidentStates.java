package org.madoguchi.store;

import java.util.Map;

/**
 * A resident's whole state as rows (the resident, the household it belongs to, its address
 * entries, its cards with their steps, certificates and notes, its changes and its civil-servant
 * entry): what central sends a branch office for a record on which the office's entry lost, so that
 * the office takes central's state as it is instead of replaying what led there.
 */
public interface ResidentStates {

	/** The state of resident {@code residentId}: by table, its rows as a backup holds them (empty tables for no such resident). */
	Map<String, String> of(long residentId);

	/**
	 * Replaces the state of resident {@code residentId} here by {@code state}, as another
	 * register's {@link #of} wrote it (with the same ids); the household is added when it is not here.
	 */
	void replace(long residentId, Map<String, String> state);

	/**
	 * Holds the rows of resident {@code residentId} and of its cards until the transaction ends: a
	 * writer about to change them waits for it, and one that changed them has committed, so that
	 * what the transaction reads next (the journal) knows of that change.
	 */
	void lock(long residentId);
}
