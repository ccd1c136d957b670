package org.madoguchi.store;

import java.util.List;

/** The journal of the use cases that changed the register: appended to in their transactions, never rewritten. */
public interface Journal {

	/**
	 * Appends {@code entry} as the office's next one: its sequence number (ignored in {@code entry})
	 * is one more than the office's highest. Returns the entry as stored.
	 */
	JournalEntry append(JournalEntry entry);

	/** The office's entries after {@code sequence}, in sequence order, at most {@code limit}. */
	List<JournalEntry> after(String office, long sequence, int limit);
}
