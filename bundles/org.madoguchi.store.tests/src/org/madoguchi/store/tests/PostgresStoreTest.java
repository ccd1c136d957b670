package org.madoguchi.store.tests;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/**
 * The store contract on a real PostgreSQL server (releng/postgres-for-tests.sh starts one on
 * loopback; MADOGUCHI_TEST_POSTGRES_URL names another). Each test starts from an empty schema.
 */
class PostgresStoreTest extends StoreContract {

	static final String URL = System.getenv().getOrDefault("MADOGUCHI_TEST_POSTGRES_URL",
			"jdbc:postgresql://localhost:5432/madoguchi_test?user=madoguchi&password=madoguchi");

	@Override
	protected Store openEmpty() throws Exception {
		return emptied();
	}

	/** The test database emptied, opened as a new register. */
	static Store emptied() throws SQLException {
		emptySchema();
		return opened();
	}

	/** The test database, opened. */
	static Store opened() {
		return Store.open(DatabaseLocation.of(URL), null);
	}

	/** Drops every table of the test database. */
	static void emptySchema() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema public cascade");
			statement.execute("create schema public");
		}
	}

	/** A plain JDBC connection to the test database, past the store. */
	static Connection connect() throws SQLException {
		return new org.postgresql.Driver().connect(URL, new Properties());
	}

	@Override
	protected Store reopen() {
		return opened();
	}
}
