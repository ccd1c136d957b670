package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.store.StoreException;

/** Small helpers that keep JDBC's checked exceptions and null handling out of the repositories. */
final class Jdbc {

	/** A JDBC action that may fail with SQLException. */
	@FunctionalInterface
	interface SqlAction<T> {
		T run() throws SQLException;
	}

	/** What to do with each row of a result. */
	@FunctionalInterface
	interface RowHandler {
		void handle(ResultSet row) throws SQLException;
	}

	/** Which rows of a result to keep. */
	@FunctionalInterface
	interface RowFilter {
		boolean keeps(ResultSet row) throws SQLException;
	}

	/** Runs {@code sql} with the given whole-number parameters and hands each row of its result to {@code handler}. */
	static void eachRow(Connection connection, String sql, RowHandler handler, long... parameters) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setLong(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					handler.handle(rows);
				}
			}
		}
	}

	/** The version of the row {@code id} of {@code table} (resident or card), which every change of it counts up. */
	static Optional<Integer> version(Connection connection, String table, long id) {
		return call("Reading the version of " + table + " " + id, () -> {
			try (PreparedStatement query = connection.prepareStatement("select version from " + table + " where id = ?")) {
				query.setLong(1, id);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getInt(1)) : Optional.<Integer>empty();
				}
			}
		});
	}

	static <T> T call(String what, SqlAction<T> action) {
		try {
			return action.run();
		} catch (SQLException e) {
			throw StoreException.because(e, "database.failedDoing", what, SqlFailure.describe(e));
		}
	}

	/**
	 * The ids of the rows whose {@code column} holds one of {@code keys}, by key: one query for a
	 * whole batch of lookups (an import's thousand rows) instead of one each.
	 */
	static Map<String, Long> idsByKey(Connection connection, String table, String column, Collection<String> keys) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		if (keys.isEmpty()) {
			return ids;
		}
		try (PreparedStatement query = connection.prepareStatement(
				"select " + column + ", id from " + table + " where " + column + " in (" + placeholders(keys.size()) + ")")) {
			int index = 1;
			for (String key : keys) {
				query.setString(index++, key);
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return ids;
	}

	/** {@code count} parameters of an {@code in} list. */
	static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * The ids (the first column) of the rows that {@code sql}, with a day as its parameter, selects and
	 * {@code keep} keeps. A condition left to {@code keep} keeps H2 from choosing its index over the day's.
	 */
	static List<Long> idsOn(Connection connection, String sql, LocalDate day, RowFilter keep) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			setDate(query, 1, day);
			List<Long> ids = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					if (keep.keeps(rows)) {
						ids.add(rows.getLong(1));
					}
				}
			}
			return ids;
		}
	}

	static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		} else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

	// LocalDate straight from the driver (JDBC 4.2): java.sql.Date went through the default time zone's calendar
	static LocalDate date(ResultSet rows, String column) throws SQLException {
		return rows.getObject(column, LocalDate.class);
	}

	static LocalDate date(ResultSet rows, int column) throws SQLException {
		return rows.getObject(column, LocalDate.class);
	}

	static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.BIGINT);
		} else {
			statement.setLong(index, value);
		}
	}

	private Jdbc() {
	}
}
