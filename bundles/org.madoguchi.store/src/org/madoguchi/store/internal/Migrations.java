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
import java.util.Map;

import org.madoguchi.store.StoreException;

/**
 * Forward-only schema migrations (db/V&lt;n&gt;__*.sql), each applied in its own transaction and
 * recorded in schema_version under the number its name starts with. A database written by a
 * newer Madoguchi is refused untouched. A migration may finish in Java what SQL cannot do
 * portably (chaining the audit entries already there), in the same transaction.
 */
final class Migrations {

	/** The migrations this version knows, in ascending order of their numbers. */
	static final List<String> SCRIPTS = List.of("V1__register.sql", "V2__import_runs.sql", "V3__audit_by_operator.sql",
			"V4__import_rejects_of_any_length.sql", "V5__resident_changes.sql", AuditChain.MIGRATION,
			"V7__journal.sql", "V8__office_sync_ids.sql", "V9__sync_import.sql", "V10__audit_detail_message.sql",
			"V11__journal_order.sql", "V12__journal_held.sql");

	/** What a migration does in Java after its SQL. */
	@FunctionalInterface
	interface Completion {
		void run(Connection connection) throws SQLException;
	}

	private static final Map<String, Completion> COMPLETIONS = Map.of(AuditChain.MIGRATION, AuditChain::chainExisting);

	static int latest() {
		return version(SCRIPTS.get(SCRIPTS.size() - 1));
	}

	/** The number a migration's name starts with: V6__audit_chain.sql is version 6. */
	static int version(String script) {
		return Integer.parseInt(script.substring(1, script.indexOf("__")));
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
			throw StoreException.of("database.newer", String.valueOf(current), String.valueOf(latest()));
		}
		for (String script : SCRIPTS) {
			if (version(script) > current) {
				applyOne(connection, script);
			}
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

	private static void applyOne(Connection connection, String script) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements(read(script))) {
				statement.execute(sql);
			}
			Completion completion = COMPLETIONS.get(script);
			if (completion != null) {
				completion.run(connection);
			}
			try (PreparedStatement record = connection
					.prepareStatement("insert into schema_version (version, description, applied_at) values (?, ?, ?)")) {
				record.setInt(1, version(script));
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
				throw StoreException.of("database.migrationMissing", script);
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
