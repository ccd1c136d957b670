package org.madoguchi.store.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.madoguchi.store.Store;

/** A test on a new, empty store of one kind of database (H2 and PostgreSQL subclasses). */
abstract class StoreFixture {

	protected Store store;

	/** A new, empty database. */
	protected abstract Store openEmpty() throws Exception;

	/** The same database opened again. */
	protected abstract Store reopen() throws Exception;

	@BeforeEach
	void open() throws Exception {
		store = openEmpty();
	}

	@AfterEach
	void close() {
		store.close();
	}
}
