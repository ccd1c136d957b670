package org.madoguchi.store.tests;

import java.sql.Connection;
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
		try (Connection connection = new org.postgresql.Driver().connect(URL, new Properties());
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema public cascade");
			statement.execute("create schema public");
		}
		return reopen();
	}

	@Override
	protected Store reopen() {
		return Store.open(DatabaseLocation.of(URL), null);
	}
}
