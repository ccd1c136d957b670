package org.madoguchi.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.madoguchi.store.StoreException;

/**
 * Forward-only schema migrations (db/V&lt;n&gt;__*.sql), each applied in its own transaction and
 * recorded in schema_version. A database written by a newer Madoguchi is refused untouched.
 */
final class Migrations {

	/** The migrations this version knows, in order; version n is element n-1. */
	static final List<String> SCRIPTS = List.of("V1__register.sql", "V2__import_runs.sql", "V3__audit_by_operator.sql",
			"V4__import_rejects_of_any_length.sql", "V5__resident_changes.sql");

	static int latest() {
		return SCRIPTS.size();
	}

	/** Brings the schema up to date; returns the version the database is at afterwards. */
	static int apply(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists schema_version (version int primary key, "
					+ "description varchar(200) not null, applied_at timestamp not null)");
		}
		connection.commit();
		int current = current(connection);
		if (current > latest()) {
			throw new StoreException("This database was written by a newer Madoguchi (schema version " + current
					+ "; this version knows up to " + latest() + "). Open it with that version; nothing was changed.");
		}
		for (int version = current + 1; version <= latest(); version++) {
			applyOne(connection, version, SCRIPTS.get(version - 1));
		}
		return latest();
	}

	private static int current(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select coalesce(max(version), 0) from schema_version")) {
			rows.next();
			return rows.getInt(1);
		} finally {
			connection.commit();
		}
	}

	private static void applyOne(Connection connection, int version, String script) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(read(script))) {
				statement.execute(sql);
			}
			try (PreparedStatement record = connection
					.prepareStatement("insert into schema_version (version, description, applied_at) values (?, ?, ?)")) {
				record.setInt(1, version);
				record.setString(2, script);
				record.setTimestamp(3, Timestamp.from(Instant.now()));
				record.executeUpdate();
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
	}

	private static String read(String script) {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
			if (in == null) {
				throw new StoreException("Migration " + script + " is missing from the store bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The statements of a script: comment lines dropped, split at semicolons ending a line. */
	static List<String> statements(String script) {
		StringBuilder withoutComments = new StringBuilder();
		script.lines().filter(line -> !line.strip().startsWith("--")).forEach(line -> withoutComments.append(line).append('\n'));
		return List.of(withoutComments.toString().split(";\\s*\\n")).stream().map(String::strip).filter(s -> !s.isEmpty())
				.toList();
	}

	private Migrations() {
	}
}
