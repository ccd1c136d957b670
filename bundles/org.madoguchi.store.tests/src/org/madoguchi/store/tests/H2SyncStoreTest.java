package org.madoguchi.store.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/** The journal and the branch offices on embedded H2. */
class H2SyncStoreTest extends SyncStoreContract {

	@TempDir
	Path files;

	@Override
	protected Store openEmpty() {
		return Store.openOrCreate(DatabaseLocation.of(files.resolve("db").toString()), session -> null);
	}

	@Override
	protected Store reopen() {
		return openEmpty();
	}
}
