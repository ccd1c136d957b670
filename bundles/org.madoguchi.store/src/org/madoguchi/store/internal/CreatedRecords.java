package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The records a unit of work creates after it appended a journal entry, kept in the entry as it
 * ends: the ids a register applying the entry gives the same records. Units of work without an
 * entry (an import's batches of thousands) keep nothing.
 */
final class CreatedRecords {

	private String office;
	private long sequence;
	private final List<String> keys = new ArrayList<>();

	/** The unit of work appended entry {@code sequence} of {@code office}: what it creates from now on is the entry's. */
	void journaled(String office, long sequence) {
		this.office = office;
		this.sequence = sequence;
	}

	/** The unit of work created the record {@code id} of {@code kind} ({@code resident}, {@code card}, {@code change}). */
	void add(String kind, long id) {
		if (office != null) {
			keys.add("\"" + kind + "/" + id + "\"");
		}
	}

	/** Writes what was created into the entry; called as the unit of work ends, before it commits. */
	void complete(Connection connection) throws SQLException {
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
