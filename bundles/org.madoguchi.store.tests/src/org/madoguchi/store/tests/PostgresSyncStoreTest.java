package org.madoguchi.store.tests;

import java.sql.SQLException;

import org.madoguchi.store.Store;

/** The journal and the branch offices on PostgreSQL. */
class PostgresSyncStoreTest extends SyncStoreContract {

	@Override
	protected Store openEmpty() throws SQLException {
		return PostgresStoreTest.emptied();
	}

	@Override
	protected Store reopen() {
		return PostgresStoreTest.opened();
	}
}
