package org.madoguchi.store.tests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/** The audit chain on embedded H2, tampered with through a second connection to the database file. */
class H2AuditChainTest extends AuditChainContract {

	@Override
	protected Store openEmpty() {
		return Store.openOrCreate(DatabaseLocation.of(database().toString()), session -> null);
	}

	@Override
	protected Store reopen() {
		return openEmpty();
	}

	@Override
	protected Connection tamper() throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		return new org.h2.Driver().connect("jdbc:h2:file:" + database().resolve("madoguchi") + ";AUTO_SERVER=TRUE", credentials);
	}

	private Path database() {
		return files.resolve("db");
	}
}
