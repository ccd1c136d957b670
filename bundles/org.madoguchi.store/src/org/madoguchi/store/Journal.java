package org.madoguchi.store;

import java.util.List;
import java.util.Map;

/** The journal of the use cases that changed the register: appended to in their transactions, never rewritten. */
public interface Journal {

	/**
	 * Appends {@code entry} as the office's next one: its sequence number (ignored in {@code entry})
	 * is one more than the office's highest. The residents, cards and resident changes the unit of
	 * work stores after it are the entry's {@code created}, written as the unit of work ends.
	 * Returns the entry as appended, nothing created yet.
	 *
	 * @param ordered the entry takes the next place in central's order (on the central register)
	 */
	JournalEntry append(JournalEntry entry, boolean ordered);

	/**
	 * Appends {@code entry}, recorded at another register, as it is: its office, sequence and
	 * created records. The unit of work must create exactly those records, in that order: they get
	 * the entry's ids (it is refused otherwise, and when the journal has the entry already).
	 *
	 * An entry {@linkplain #hold held} before is replaced by it.
	 *
	 * @param ordered the entry takes the next place in central's order (central applying an
	 *        office's entry); otherwise it keeps the entry's (an office applying central's)
	 */
	void appendApplied(JournalEntry entry, boolean ordered);

	/**
	 * Keeps {@code entry}, recorded at another register, in the journal as it is, without its unit
	 * of work having run here: the register took the state of its records from central instead. An
	 * entry {@linkplain #hold held} before is replaced by it.
	 */
	void keep(JournalEntry entry);

	/**
	 * Keeps {@code entry}, recorded at another register, in the journal as it is, without its unit
	 * of work having run here yet: it waits among the {@linkplain #held held} entries until applied.
	 */
	void hold(JournalEntry entry);

	/** The entries {@linkplain #hold held}, in central's order. */
	List<JournalEntry> held();

	/** The highest sequence number the journal holds of each office, by office code. */
	Map<String, Long> highestByOffice();

	/** The office's entries after {@code sequence}, in sequence order, at most {@code limit}. */
	List<JournalEntry> after(String office, long sequence, int limit);

	/**
	 * The entries after place {@code order} in central's order, other offices' than
	 * {@code exceptOffice}, in that order, at most {@code limit}: what a reply carries.
	 */
	List<JournalEntry> inOrderAfter(long order, String exceptOffice, int limit);

	/** The highest place in central's order the journal holds; 0 when none. */
	long highestOrder();
}
