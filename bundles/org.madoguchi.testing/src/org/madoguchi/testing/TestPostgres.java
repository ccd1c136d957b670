package org.madoguchi.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The PostgreSQL database the tests use for a central register (the test command starts it), emptied for each test that takes it. */
public final class TestPostgres {

	public static final String URL = System.getenv().getOrDefault("MADOGUCHI_TEST_POSTGRES_URL",
			"jdbc:postgresql://localhost:5432/madoguchi_test?user=madoguchi&password=madoguchi");

	/** Drops every table of the database, so that a register opened on {@link #URL} is new. */
	public static String emptied() throws SQLException {
		try (Connection connection = new org.postgresql.Driver().connect(URL, new Properties()); Statement statement = connection.createStatement()) {
			statement.execute("drop schema public cascade");
			statement.execute("create schema public");
		}
		return URL;
	}

	private TestPostgres() {
	}
}
