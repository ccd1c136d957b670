package org.madoguchi.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDateTime;

import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.store.AuditAnchor;

/**
 * Branch offices' registers made from a backup of the central register: the same residents,
 * cards and history, the office's own code for its journal, and its own signing key.
 */
public final class Replicas {

	/**
	 * A replica made.
	 *
	 * @param fingerprint of its public key, as central's {@code office list} shows it once the office is added
	 */
	public record Replica(String office, String fingerprint) {
	}

	static Replica create(Path file, DatabaseLocation location, Login login, String typedOffice, Path publicKeyOut) {
		String office = BranchOffices.code(typedOffice);
		if (!location.isEmbedded()) {
			throw ServiceException.of("replica.embedded", location.toString());
		}
		DraftFile.requireWritable(publicKeyOut);
		String databaseKey = Backups.restore(file, location, login, (session, restorer) -> {
			session.settings().put(ChangeJournal.OFFICE_CODE, office);
			// central has the trail up to here: the office's own entries start with the one that made it
			ChangeFiles.auditExported(session, session.audit().head().map(AuditAnchor::entryId).orElse(0L));
			session.audit().append(LocalDateTime.now(RegisterClock.configured()), restorer, AuditOperation.MAKE_REPLICA.code(), null, "office " + office + " made from " + file);
		});
		PublicKey key = new OfficeKeys(location.folder()).create(office, databaseKey);
		writePem(publicKeyOut, key);
		return new Replica(office, OfficeKeys.fingerprint(key));
	}

	/** Writes {@code key} to {@code file} as PEM, as central's {@code office add} reads it. */
	static void writePem(Path file, PublicKey key) {
		DraftFile.write(file, draft -> Files.writeString(draft, OfficeKeys.pem(key), StandardCharsets.US_ASCII));
	}

	/** The keys of {@code office}, whose register {@code register} is; refused where there are none (a central register). */
	static OfficeKeys keys(Register register, String office) {
		org.madoguchi.store.DatabaseLocation location = register.store().location();
		OfficeKeys keys = location.isEmbedded() ? new OfficeKeys(location.folder()) : null;
		if (keys == null || !keys.exist() || !office.equals(keys.office())) {
			throw ServiceException.of("sync.notOffice", location.toString());
		}
		return keys;
	}

	private Replicas() {
	}
}
