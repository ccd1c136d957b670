package org.madoguchi.store.tests;

import java.sql.Connection;
import java.sql.SQLException;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/** The audit chain on PostgreSQL, tampered with over a plain JDBC connection. */
class PostgresAuditChainTest extends AuditChainContract {

	@Override
	protected Store openEmpty() throws SQLException {
		PostgresStoreTest.emptySchema();
		return reopen();
	}

	@Override
	protected Store reopen() {
		return Store.open(DatabaseLocation.of(PostgresStoreTest.URL), null);
	}

	@Override
	protected Connection tamper() throws SQLException {
		return PostgresStoreTest.connect();
	}
}
