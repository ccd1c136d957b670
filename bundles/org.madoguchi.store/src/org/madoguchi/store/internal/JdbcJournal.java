package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.madoguchi.store.Journal;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.StoreException;

/**
 * The journal in table journal_entry. Two transactions appending at once read the same highest
 * number; the primary key lets only one of them commit it, and the store runs the other again.
 */
final class JdbcJournal implements Journal {

	private static final String ENTRY = "select office_code, seq, operator_id, recorded_at, use_case, input, reads, created, central_order "
			+ "from journal_entry ";

	private final Connection connection;
	private final CreatedRecords created;

	JdbcJournal(Connection connection, CreatedRecords created) {
		this.connection = connection;
		this.created = created;
	}

	@Override
	public JournalEntry append(JournalEntry entry, boolean ordered) {
		return Jdbc.call("Recording " + entry.useCase() + " in the journal", () -> {
			long sequence = highest(entry.office()) + 1;
			Long order = ordered ? highestOrder() + 1 : null;
			try (PreparedStatement insert = connection.prepareStatement("insert into journal_entry (office_code, seq, operator_id, "
					+ "recorded_at, use_case, input, reads, central_order) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, entry.office());
				insert.setLong(2, sequence);
				insert.setString(3, entry.operator());
				insert.setTimestamp(4, Timestamp.from(entry.recordedAt()));
				insert.setString(5, entry.useCase());
				insert.setString(6, entry.input());
				insert.setString(7, entry.reads());
				insert.setObject(8, order, Types.BIGINT);
				insert.executeUpdate();
			}
			created.journaled(entry.office(), sequence);
			return new JournalEntry(entry.office(), sequence, entry.operator(), entry.recordedAt(), entry.useCase(), entry.input(),
					entry.reads(), "[]", order);
		});
	}

	@Override
	public void appendApplied(JournalEntry entry, boolean ordered) {
		releaseHeld(entry);
		insertRecorded(entry, ordered, false);
		created.applying(entry.office(), entry.sequence(), keys(entry.created()));
	}

	@Override
	public void keep(JournalEntry entry) {
		releaseHeld(entry);
		insertRecorded(entry, false, false);
	}

	/** Takes {@code entry} out of the journal when it is held there, so that it is kept or applied in its place. */
	private void releaseHeld(JournalEntry entry) {
		Jdbc.call("Taking held entry " + entry.sequence() + " of office " + entry.office() + " out of the journal", () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from journal_entry where office_code = ? and seq = ? and held")) {
				delete.setString(1, entry.office());
				delete.setLong(2, entry.sequence());
				return delete.executeUpdate();
			}
		});
	}

	@Override
	public void hold(JournalEntry entry) {
		insertRecorded(entry, false, true);
	}

	@Override
	public List<JournalEntry> held() {
		return Jdbc.call("Reading the journal's held entries", () -> entries(ENTRY + "where held order by central_order", query -> {
		}));
	}

	/** Inserts {@code entry}, recorded at another register, as it is; refused when the journal has it already. */
	private void insertRecorded(JournalEntry entry, boolean ordered, boolean held) {
		Jdbc.call("Recording entry " + entry.sequence() + " of office " + entry.office() + " in the journal", () -> {
			if (holds(entry.office(), entry.sequence())) {
				throw StoreException.of("journal.applied", entry.office(), entry.sequence());
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into journal_entry (office_code, seq, operator_id, "
					+ "recorded_at, use_case, input, reads, created, central_order, held) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, entry.office());
				insert.setLong(2, entry.sequence());
				insert.setString(3, entry.operator());
				insert.setTimestamp(4, Timestamp.from(entry.recordedAt()));
				insert.setString(5, entry.useCase());
				insert.setString(6, entry.input());
				insert.setString(7, entry.reads());
				insert.setString(8, entry.created());
				insert.setObject(9, ordered ? Long.valueOf(highestOrder() + 1) : entry.order(), Types.BIGINT);
				insert.setBoolean(10, held);
				insert.executeUpdate();
			}
			return null;
		});
	}

	/** Whether the journal holds entry {@code sequence} of {@code office}. */
	private boolean holds(String office, long sequence) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select count(*) from journal_entry where office_code = ? and seq = ?")) {
			query.setString(1, office);
			query.setLong(2, sequence);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1) > 0;
			}
		}
	}

	/** The keys of a created list as the journal writes it: {@code ["resident/12","card/7"]}. */
	private static List<String> keys(String created) {
		String list = created.strip();
		list = list.substring(1, list.length() - 1).strip();
		return list.isEmpty() ? List.of() : Arrays.stream(list.split(",")).map(key -> key.strip().replace("\"", "")).toList();
	}

	private long highest(String office) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select coalesce(max(seq), 0) from journal_entry where office_code = ?")) {
			query.setString(1, office);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	@Override
	public Map<String, Long> highestByOffice() {
		return Jdbc.call("Reading the journal's offices", () -> {
			Map<String, Long> highest = new TreeMap<>();
			try (PreparedStatement query = connection.prepareStatement("select office_code, max(seq) from journal_entry group by office_code");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					highest.put(rows.getString(1), rows.getLong(2));
				}
			}
			return highest;
		});
	}

	@Override
	public List<JournalEntry> after(String office, long sequence, int limit) {
		return Jdbc.call("Reading the journal of office " + office, () -> entries(ENTRY + "where office_code = ? and seq > ? order by seq limit ?", query -> {
			query.setString(1, office);
			query.setLong(2, sequence);
			query.setInt(3, limit);
		}));
	}

	@Override
	public List<JournalEntry> inOrderAfter(long order, String exceptOffice, int limit) {
		return Jdbc.call("Reading the journal in central's order", () -> entries(ENTRY
				+ "where central_order > ? and office_code <> ? order by central_order limit ?", query -> {
					query.setLong(1, order);
					query.setString(2, exceptOffice);
					query.setInt(3, limit);
				}));
	}

	@Override
	public long highestOrder() {
		return Jdbc.call("Reading the journal's order", () -> {
			try (PreparedStatement query = connection.prepareStatement("select coalesce(max(central_order), 0) from journal_entry");
					ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}

	@FunctionalInterface
	private interface Parameters {
		void set(PreparedStatement query) throws SQLException;
	}

	private List<JournalEntry> entries(String sql, Parameters parameters) throws SQLException {
		List<JournalEntry> entries = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			parameters.set(query);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					long order = rows.getLong(9);
					Long ordered = rows.wasNull() ? null : order;
					entries.add(new JournalEntry(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getTimestamp(4).toInstant(),
							rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8), ordered));
				}
			}
		}
		return entries;
	}
}
