package org.madoguchi.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

import org.madoguchi.store.StoreException;

/** Small helpers that keep JDBC's checked exceptions and null handling out of the repositories. */
final class Jdbc {

	/** A JDBC action that may fail with SQLException. */
	@FunctionalInterface
	interface SqlAction<T> {
		T run() throws SQLException;
	}

	static <T> T call(String what, SqlAction<T> action) {
		try {
			return action.run();
		} catch (SQLException e) {
			throw new StoreException(what + " failed: " + e.getMessage(), e);
		}
	}

	static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
		if (date == null) {
			statement.setNull(index, Types.DATE);
		} else {
			statement.setDate(index, Date.valueOf(date));
		}
	}

	static LocalDate date(ResultSet rows, String column) throws SQLException {
		Date date = rows.getDate(column);
		return date == null ? null : date.toLocalDate();
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
