package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.madoguchi.store.StoreException;

/**
 * The records a unit of work creates after it appended a journal entry, kept in the entry as it
 * ends: the ids a register applying the entry gives the same records. Units of work without an
 * entry (an import's batches of thousands) keep nothing. A unit of work applying an entry recorded
 * at another register gives the records it creates the ids that entry names, in order.
 */
final class CreatedRecords {

	private String office;
	private long sequence;
	private final List<String> keys = new ArrayList<>();
	/** The keys an applied entry's records must get, in the order its register created them. */
	private final Deque<String> expected = new ArrayDeque<>();
	private boolean applying;

	/** The unit of work appended entry {@code sequence} of {@code office}: what it creates from now on is the entry's. */
	void journaled(String office, long sequence) {
		this.office = office;
		this.sequence = sequence;
	}

	/** The unit of work applies entry {@code sequence} of {@code office}, which created the records {@code keys}. */
	void applying(String office, long sequence, List<String> keys) {
		journaled(office, sequence);
		applying = true;
		expected.clear();
		expected.addAll(keys);
	}

	/**
	 * The unit of work created the record {@code generated} of {@code kind} ({@code resident},
	 * {@code card}, {@code change}) in {@code table}; returns its id. Applying an entry, the record
	 * takes the id the entry names for it (nothing refers to the new row yet).
	 */
	long add(Connection connection, String table, String kind, long generated) throws SQLException {
		long id = generated;
		if (applying) {
			String next = expected.poll();
			if (next == null || !next.startsWith(kind + "/")) {
				throw StoreException.of("journal.createdMismatch", office, sequence, kind, next == null ? "-" : next);
			}
			id = Long.parseLong(next.substring(kind.length() + 1));
			try (PreparedStatement update = connection.prepareStatement("update " + table + " set id = ? where id = ?")) {
				update.setLong(1, id);
				update.setLong(2, generated);
				update.executeUpdate();
			}
		}
		if (office != null) {
			keys.add("\"" + kind + "/" + id + "\"");
		}
		return id;
	}

	/** Writes what was created into the entry; called as the unit of work ends, before it commits. */
	void complete(Connection connection) throws SQLException {
		if (applying && !expected.isEmpty()) {
			throw StoreException.of("journal.createdMismatch", office, sequence, "-", expected.peek());
		}
		if (office == null || keys.isEmpty()) {
			return;
		}
		try (PreparedStatement update = connection.prepareStatement("update journal_entry set created = ? where office_code = ? and seq = ?")) {
			update.setString(1, "[" + String.join(",", keys) + "]");
			update.setString(2, office);
			update.setLong(3, sequence);
			update.executeUpdate();
		}
	}
}
