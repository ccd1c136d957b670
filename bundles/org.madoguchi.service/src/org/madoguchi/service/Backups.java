package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/**
 * Backup of the whole register to one file, and restore into a new database. A production
 * database's backup is encrypted with its database key and carries the operators' wrapped keys,
 * so that it is restored with an operator's password and nothing else.
 */
public final class Backups {

	private final Register register;

	public Backups(Register register) {
		this.register = register;
	}

	public void backup(Path file) {
		register.require(Permission.SUPERVISE, "back up the database");
		String key = register.databaseKey();
		Map<String, byte[]> attachments = key == null ? Map.of()
				: Map.of(DatabaseKeys.FILE, new DatabaseKeys(register.store().location().folder()).bytes());
		register.store().backup(file, key, attachments);
		register.store().write(session -> {
			register.audit(session, AuditOperation.BACKUP, null, file.toString());
			return null;
		});
	}

	/**
	 * Restores {@code file} into a new database at {@code location}. An encrypted backup needs the
	 * login of one of its operators; the restored database is encrypted with the same key.
	 */
	public static void restore(Path file, DatabaseLocation location, Login login) {
		Optional<byte[]> carriedKeys = Store.backupAttachment(file, DatabaseKeys.FILE);
		if (carriedKeys.isEmpty()) {
			Store.restore(file, location, null, null);
			return;
		}
		if (login.operatorId() == null || login.operatorId().isBlank()) {
			throw ServiceException.of("login.required");
		}
		DatabaseKeys keys = DatabaseKeys.fromBytes(carriedKeys.get());
		String databaseKey = keys.unlock(login.operatorId(), login.password().get())
				.orElseThrow(() -> ServiceException.of("login.failed"));
		Store.restore(file, location, location.isEmbedded() ? databaseKey : null, databaseKey);
		if (location.isEmbedded()) {
			keys.copyTo(location.folder());
		}
	}
}
