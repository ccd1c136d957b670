package org.madoguchi.service;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.service.internal.CentralKeys;
import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.PasswordHasher;
import org.madoguchi.store.BackupOwners;
import org.madoguchi.store.Operator;
import org.madoguchi.store.Session;
import org.madoguchi.store.Store;

/**
 * Backup of the whole register to one file, and restore into a new database. Both copy the whole
 * register, so both are a supervisor's and both are audited. A production database's backup is
 * encrypted with its database key and carries the operators' wrapped keys, so that it is restored
 * with an operator's password and nothing else.
 */
public final class Backups {

	private final Register register;

	Backups(Register register) {
		this.register = register;
	}

	public void backup(Path file) {
		register.require(Permission.SUPERVISE, "back up the database");
		String key = register.databaseKey();
		Map<String, byte[]> attachments = key == null ? Map.of()
				: Map.of(DatabaseKeys.FILE, new DatabaseKeys(register.store().location().folder()).bytes());
		register.store().write(session -> {
			// central's public key travels in its backups: the offices' registers made from them trust its replies
			if (ChangeJournal.office(session).equals(ChangeJournal.CENTRAL)) {
				CentralKeys.ensure(session.settings(), key);
			}
			return null;
		});
		// written aside and moved into place: a killed or failed backup leaves the earlier file, never half a zip
		DraftFile.write(file, draft -> {
			register.store().backup(draft, key, attachments);
			return null;
		});
		register.store().write(session -> {
			register.audit(session, AuditOperation.BACKUP, null, AuditDetail.of("file", file));
			return null;
		});
	}

	/** Whether {@code file} is the backup of an open demo register ({@link Register#isOpenBackup}). */
	static boolean isOpen(Path file) {
		return Store.backupAttachment(file, DatabaseKeys.FILE).isEmpty()
				&& !Register.PRODUCTION.equals(Store.backupOwners(file, null).settings().get(Register.KIND));
	}

	/**
	 * Restores {@code file} into a new database at {@code location}. The backup of a production
	 * register is restored only by one of its supervisors, checked against the operators and
	 * password hashes the backup holds (an encrypted one is first unlocked with that operator's
	 * password); the restored database is encrypted with the same key. The backup of an open demo
	 * register is restored by its built-in operator, whatever the login. Either way the restored
	 * register's audit trail says who restored which file, in the restoring transaction, after its hash
	 * chain was verified up to the head the backup recorded (a broken one is not restored).
	 * {@code finish} runs in the restoring transaction too, after the restore's audit entry.
	 *
	 * @return the database key the restored register is encrypted with; null for an open demo register
	 */
	static String restore(Path file, DatabaseLocation location, Login login, Finish finish) {
		Optional<DatabaseKeys> carriedKeys = Store.backupAttachment(file, DatabaseKeys.FILE).map(DatabaseKeys::fromBytes);
		char[] password = null;
		try {
			String databaseKey = null;
			if (carriedKeys.isPresent()) {
				password = passwordOf(login);
				databaseKey = carriedKeys.get().unlock(login.operatorId(), password).orElseThrow(() -> ServiceException.of("login.failed"));
			}
			BackupOwners owners = Store.backupOwners(file, databaseKey);
			String restorer = Register.BATCH_OPERATOR;
			if (Register.PRODUCTION.equals(owners.settings().get(Register.KIND))) {
				if (password == null) {
					password = passwordOf(login);
				}
				Operator operator = owners.operator(login.operatorId()).orElseThrow(() -> ServiceException.of("login.failed"));
				if (!PasswordHasher.matches(password, operator.passwordHash())) {
					throw ServiceException.of("login.failed");
				}
				Role role = Role.valueOf(operator.role());
				if (!Permission.SUPERVISE.allows(role)) {
					throw ServiceException.of("access.denied", operator.id(), role.code(), "restore backups");
				}
				restorer = operator.id();
			}
			String restoredBy = restorer;
			Store.restore(file, location.database(), location.isEmbedded() ? databaseKey : null, databaseKey, session -> {
				// the chain is walked to the head the backup's manifest recorded: a trail changed in the file is not restored
				AuditVerification restored = AuditVerification.of(session.audit().verify(null), null, null);
				if (!restored.intact()) {
					throw ServiceException.of("restore.chainBroken", file, restored.entryId(), restored.label());
				}
				// a branch office's register restored from its own backup goes on with the ids of its block
				session.settings().get(ChangeJournal.ID_BLOCK).map(Long::parseLong).ifPresent(block -> session.identities().handOutBlock(block));
				session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(RegisterClock.configured()), restoredBy, AuditOperation.RESTORE,
						null, AuditDetail.of("restored", file, location))));
				finish.run(session, restoredBy);
				return null;
			});
			if (carriedKeys.isPresent() && location.isEmbedded()) {
				carriedKeys.get().copyTo(location.folder());
			}
			return databaseKey;
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	/** What a restore does besides restoring, in its transaction. */
	@FunctionalInterface
	interface Finish {
		/** Nothing besides. */
		Finish NOTHING = (session, restorer) -> {
		};

		/** @param restorer the operator who restores */
		void run(Session session, String restorer);
	}

	private static char[] passwordOf(Login login) {
		if (login.operatorId() == null || login.operatorId().isBlank()) {
			throw ServiceException.of("login.required");
		}
		return login.password().get();
	}
}
