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
	 * Opens an existing database and brings its schema up to date. An embedded database that does
	 * not exist is refused, never created.
	 *
	 * @param filePassword the encryption password of an encrypted embedded database, or null
	 * @throws StoreException when the database cannot be opened (none there, wrong password, newer schema, …)
	 */
	static Store open(DatabaseLocation location, String filePassword) {
		return JdbcStore.open(location, filePassword);
	}

	/**
	 * Opens the database, creating it first when there is none. A new embedded database is built
	 * aside with {@code initializer} run in it and appears whole; of several processes creating it at
	 * once, one makes it and the others open what it made. A server database always exists:
	 * {@code initializer} runs in it after its schema is up to date, so it must leave a register
	 * already there as it is.
	 */
	static Store openOrCreate(DatabaseLocation location, Work<?> initializer) {
		return JdbcStore.openOrCreate(location, null, initializer, false);
	}

	/**
	 * Creates a new embedded database encrypted at rest with {@code filePassword}, with
	 * {@code initializer} run in it before it appears; refused when a database exists there.
	 */
	static Store createEncrypted(DatabaseLocation location, String filePassword, Work<?> initializer) {
		return JdbcStore.openOrCreate(location, filePassword, initializer, true);
	}

	/**
	 * Runs {@code work} in one transaction and commits it. The work may run more than once: when the
	 * transaction fails because the connection was lost (another process hosting the register
	 * exited) or a concurrent transaction got in the way, it is rolled back and run again. So it
	 * must not rely on what an earlier run changed outside the database, and work that must not
	 * happen twice checks inside its transaction whether it already did (its commit may have
	 * happened even though its answer was lost).
	 */
	<T> T write(Work<T> work);

	/** Runs {@code work} in a read-only transaction that sees one consistent snapshot (run again as {@link #write} is). */
	<T> T read(Work<T> work);

	/**
	 * Runs {@code work} as {@link #write} does, then rolls its transaction back: what a change would
	 * do, found by doing it, without anything of it staying in the database.
	 */
	<T> T rehearse(Work<T> work);

	DatabaseLocation location();

	/**
	 * Writes a consistent copy of the whole database to one file (a zip with a manifest and a
	 * checksum per table), while the database stays open. With an {@code encryptionKey} the table
	 * data is encrypted (AES-GCM) under it. Attachments are stored beside the tables as they are.
	 * The file is written as it goes: the caller writes it aside and moves it into place.
	 */
	void backup(Path file, String encryptionKey, Map<String, byte[]> attachments);

	/** The audit chain's head when the backup was taken (in its manifest); empty for an empty trail. */
	static Optional<AuditAnchor> backupAuditHead(Path file) {
		return JdbcBackup.auditHead(file);
	}

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
