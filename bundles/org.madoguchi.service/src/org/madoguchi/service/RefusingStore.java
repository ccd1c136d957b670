package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Map;

import org.madoguchi.service.internal.Refusals;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;
import org.madoguchi.store.Work;

/** The register's store, whose failures reach the use cases' callers as refusals with bilingual reasons. */
final class RefusingStore implements Store {

	private final Store store;

	RefusingStore(Store store) {
		this.store = store;
	}

	@Override
	public <T> T write(Work<T> work) {
		return Refusals.translated(() -> store.write(work));
	}

	@Override
	public <T> T read(Work<T> work) {
		return Refusals.translated(() -> store.read(work));
	}

	@Override
	public <T> T rehearse(Work<T> work) {
		return Refusals.translated(() -> store.rehearse(work));
	}

	@Override
	public DatabaseLocation location() {
		return store.location();
	}

	@Override
	public void backup(Path file, String encryptionKey, Map<String, byte[]> attachments) {
		Refusals.translated(() -> {
			store.backup(file, encryptionKey, attachments);
			return null;
		});
	}

	@Override
	public int schemaVersion() {
		return store.schemaVersion();
	}

	@Override
	public void close() {
		Refusals.translated(() -> {
			store.close();
			return null;
		});
	}
}
