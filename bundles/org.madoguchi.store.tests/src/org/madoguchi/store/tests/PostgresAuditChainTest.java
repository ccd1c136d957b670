package org.madoguchi.store.tests;

import java.sql.Connection;
import java.sql.SQLException;

import org.madoguchi.store.Store;

/** The audit chain on PostgreSQL, tampered with over a plain JDBC connection. */
class PostgresAuditChainTest extends AuditChainContract {

	@Override
	protected Store openEmpty() throws SQLException {
		return PostgresStoreTest.emptied();
	}

	@Override
	protected Store reopen() {
		return PostgresStoreTest.opened();
	}

	@Override
	protected Connection tamper() throws SQLException {
		return PostgresStoreTest.connect();
	}
}
