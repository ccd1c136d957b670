package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Map;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Session;
import org.madoguchi.store.Store;
import org.madoguchi.store.Work;

/**
 * The register's store as seen from inside one open transaction: every unit of work runs in it, so
 * that a use case applied for another register commits or rolls back with the caller's own
 * bookkeeping (the entry and the office's mark together, or neither).
 */
final class InTransaction implements Store {

	private final Session session;
	private final Store store;

	InTransaction(Session session, Store store) {
		this.session = session;
		this.store = store;
	}

	@Override
	public <T> T write(Work<T> work) {
		return work.run(session);
	}

	@Override
	public <T> T read(Work<T> work) {
		return work.run(session);
	}

	/** An applied entry changes the register; nothing applies one only to see what it would do. */
	@Override
	public <T> T rehearse(Work<T> work) {
		throw new UnsupportedOperationException("an entry is applied, never rehearsed");
	}

	@Override
	public DatabaseLocation location() {
		return store.location();
	}

	@Override
	public void backup(Path file, String encryptionKey, Map<String, byte[]> attachments) {
		throw new UnsupportedOperationException("no backup inside an applied entry");
	}

	@Override
	public int schemaVersion() {
		return store.schemaVersion();
	}

	/** The caller's transaction and store stay open. */
	@Override
	public void close() {
	}
}
