package org.madoguchi.store;

import org.madoguchi.store.internal.JdbcStore;

/**
 * The register's persistence. Every change runs in {@link #write}: one transaction that commits
 * when the work returns and rolls back when it throws, so a failure or a killed process leaves
 * the database as it was before or after, never between.
 */
public interface Store extends AutoCloseable {

	/**
	 * Opens the database, creating it if it does not exist, and brings its schema up to date.
	 *
	 * @param filePassword the encryption password of an encrypted embedded database, or null
	 * @throws StoreException when the database cannot be opened (wrong password, newer schema, …)
	 */
	static Store open(DatabaseLocation location, String filePassword) {
		return JdbcStore.open(location, filePassword, false);
	}

	/** Creates a new embedded database encrypted at rest with {@code filePassword}. */
	static Store createEncrypted(DatabaseLocation location, String filePassword) {
		return JdbcStore.open(location, filePassword, true);
	}

	/** Runs {@code work} in one transaction and commits it. */
	<T> T write(Work<T> work);

	/** Runs {@code work} in a read-only transaction that sees one consistent snapshot. */
	<T> T read(Work<T> work);

	DatabaseLocation location();

	/** The schema version this database is at. */
	int schemaVersion();

	@Override
	void close();
}
