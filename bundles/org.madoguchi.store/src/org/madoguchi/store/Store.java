package org.madoguchi.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.store.internal.JdbcBackup;
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

	/**
	 * Writes a consistent copy of the whole database to one file (a zip with a manifest and a
	 * checksum per table), while the database stays open. With an {@code encryptionKey} the table
	 * data is encrypted (AES-GCM) under it. Attachments are stored beside the tables as they are.
	 */
	void backup(Path file, String encryptionKey, Map<String, byte[]> attachments);

	/** An attachment of a backup file, if it has one by that name. */
	static Optional<byte[]> backupAttachment(Path file, String name) {
		return JdbcBackup.attachment(file, name);
	}

	/**
	 * The settings and operators recorded in a backup (their checksums verified), read without
	 * restoring anything.
	 *
	 * @param encryptionKey the key the backup's data was encrypted with, or null
	 */
	static BackupOwners backupOwners(Path file, String encryptionKey) {
		return JdbcBackup.owners(file, encryptionKey);
	}

	/**
	 * Restores a backup into a new database at {@code location}: all of it or nothing. A damaged
	 * file, a file that is not a Madoguchi backup, or one of a newer schema is refused.
	 *
	 * @param filePassword the encryption password for a new encrypted embedded database, or null
	 * @param encryptionKey the key the backup's data was encrypted with, or null
	 * @param finish work done on the restored rows in the same transaction (the restore's audit entry)
	 */
	static void restore(Path file, DatabaseLocation location, String filePassword, String encryptionKey, Work<?> finish) {
		JdbcBackup.restore(file, location, filePassword, encryptionKey, finish);
	}

	/** The schema version this database is at. */
	int schemaVersion();

	@Override
	void close();
}
