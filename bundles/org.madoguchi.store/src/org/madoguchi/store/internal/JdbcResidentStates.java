package org.madoguchi.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.store.ResidentStates;
import org.madoguchi.store.StoreException;

/** A resident's rows, read and replaced table by table in the order their references need. */
final class JdbcResidentStates implements ResidentStates {

	private static final String CARDS = "card_id in (select id from card where resident_id = ?)";
	/** Each table of a resident's state, in an order that satisfies the references, with the rows that are the resident's. */
	private static final Map<String, String> ROWS = rows();
	private static final String HOUSEHOLD = "household";

	private final Connection connection;

	JdbcResidentStates(Connection connection) {
		this.connection = connection;
	}

	private static Map<String, String> rows() {
		Map<String, String> rows = new LinkedHashMap<>();
		rows.put(HOUSEHOLD, "id = (select household_id from resident where id = ?)");
		rows.put("resident", "id = ?");
		rows.put("address_entry", "resident_id = ?");
		rows.put("card", "resident_id = ?");
		rows.put("card_transition", CARDS);
		rows.put("certificate", CARDS);
		rows.put("resident_change", "resident_id = ?");
		rows.put("card_note", CARDS);
		rows.put("civil_servant", "resident_id = ?");
		return rows;
	}

	@Override
	public Map<String, String> of(long residentId) {
		return Jdbc.call("Reading the state of resident " + residentId, () -> {
			Map<String, String> state = new LinkedHashMap<>();
			for (var table : ROWS.entrySet()) {
				try (PreparedStatement query = connection.prepareStatement("select * from " + table.getKey() + " where " + table.getValue()
						+ JdbcBackup.orderBy(table.getKey()))) {
					query.setLong(1, residentId);
					try (ResultSet rows = query.executeQuery()) {
						ByteArrayOutputStream text = new ByteArrayOutputStream();
						JdbcBackup.writeRows(rows, text);
						state.put(table.getKey(), text.toString(StandardCharsets.UTF_8));
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return state;
		});
	}

	@Override
	public void replace(long residentId, Map<String, String> state) {
		Jdbc.call("Taking the state of resident " + residentId, () -> {
			if (!state.keySet().equals(ROWS.keySet())) {
				throw StoreException.of("state.tables", residentId, String.join(", ", state.keySet()));
			}
			List<String> tables = List.copyOf(ROWS.keySet());
			// the notes of the resident's changes go with them, whichever card they are on
			delete("card_note", "change_id in (select id from resident_change where resident_id = ?)", residentId);
			for (int i = tables.size() - 1; i > 0; i--) {
				delete(tables.get(i), ROWS.get(tables.get(i)), residentId);
			}
			Map<String, String> rows = new LinkedHashMap<>(state);
			rows.put("resident", withHousehold(state.get("resident"), household(state.get(HOUSEHOLD))));
			for (String table : tables.subList(1, tables.size())) {
				JdbcBackup.loadTable(connection, table, rows.get(table));
			}
			return null;
		});
	}

	@Override
	public void lock(long residentId) {
		Jdbc.call("Holding the rows of resident " + residentId, () -> {
			for (String rows : List.of("select id from resident where id = ? for update", "select id from card where resident_id = ? for update")) {
				try (PreparedStatement query = connection.prepareStatement(rows)) {
					query.setLong(1, residentId);
					try (ResultSet held = query.executeQuery()) {
						while (held.next()) {
							// reading each row is what holds it
						}
					}
				}
			}
			return null;
		});
	}

	/**
	 * The id here of the household of a state (its only row: id, code, head), added when it is not
	 * here; null for none. Households are told by their code: two registers give the same one
	 * different ids when both created it from an entry.
	 */
	private String household(String rows) throws SQLException {
		String[] lines = rows.split("\n");
		if (lines.length < 2) {
			return null;
		}
		List<String> columns = List.of(lines[0].split("\t"));
		String[] row = lines[1].split("\t", -1);
		try (PreparedStatement query = connection.prepareStatement("select id from household where code = ?")) {
			query.setString(1, row[columns.indexOf("code")]);
			try (ResultSet here = query.executeQuery()) {
				if (here.next()) {
					return String.valueOf(here.getLong(1));
				}
			}
		}
		JdbcBackup.loadTable(connection, HOUSEHOLD, rows);
		return row[columns.indexOf("id")];
	}

	/** The resident's row with its household's id here. */
	private static String withHousehold(String rows, String household) {
		String[] lines = rows.split("\n");
		if (lines.length < 2 || household == null) {
			return rows;
		}
		int column = List.of(lines[0].split("\t")).indexOf("household_id");
		String[] row = lines[1].split("\t", -1);
		row[column] = household;
		return lines[0] + "\n" + String.join("\t", row) + "\n";
	}

	private void delete(String table, String where, long residentId) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where " + where)) {
			delete.setLong(1, residentId);
			delete.executeUpdate();
		}
	}
}
