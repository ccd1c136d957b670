package org.madoguchi.service;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.madoguchi.service.internal.CentralKeys;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.Identities;

/**
 * Branch offices' registers made from a backup of the central register: the same residents,
 * cards and history, the office's own code for its journal, and its own signing key.
 */
public final class Replicas {

	/** The highest block of ids an office can have: its ids stay within a {@code bigint}. */
	public static final long MAX_ID_BLOCK = 9_000_000;

	/**
	 * A replica made.
	 *
	 * @param fingerprint of its public key, as central's {@code office list} shows it once the office is added
	 * @param idBlock the block its new records' ids come from ({@link Identities#BLOCK} ids from {@code idBlock * BLOCK})
	 */
	public record Replica(String office, String fingerprint, long idBlock) {

		/** The first id its new records get. */
		public long firstId() {
			return idBlock * Identities.BLOCK;
		}
	}

	/**
	 * Makes the replica; its new records get ids from block {@code idBlock}, or when that is null
	 * from the block after the highest of the offices registered in the backup.
	 */
	static Replica create(Path file, DatabaseLocation location, Login login, String typedOffice, Long idBlock, Path publicKeyOut) {
		String office = BranchOffices.code(typedOffice);
		if (!location.isEmbedded()) {
			throw ServiceException.of("replica.embedded", location.toString());
		}
		if (idBlock != null && (idBlock < 1 || idBlock > MAX_ID_BLOCK)) {
			throw ServiceException.of("replica.idBlock", idBlock, MAX_ID_BLOCK);
		}
		DraftFile.requireWritable(publicKeyOut);
		long[] block = new long[1];
		String databaseKey = Backups.restore(file, location, login, (session, restorer) -> {
			session.settings().get(ChangeJournal.OFFICE_CODE).ifPresent(other -> {
				throw ServiceException.of("replica.ofOffice", file, other);
			});
			if (CentralKeys.publicKey(session.settings()).isEmpty()) {
				throw ServiceException.of("replica.noCentralKey", file);
			}
			CentralKeys.forget(session.settings());
			block[0] = idBlock != null ? idBlock : BranchOffices.nextFreeIdBlock(session);
			BranchOffices.requireFreeIdBlock(session, block[0]);
			session.identities().handOutBlock(block[0]);
			session.settings().put(ChangeJournal.OFFICE_CODE, office);
			session.settings().put(ChangeJournal.ID_BLOCK, String.valueOf(block[0]));
			session.settings().put(SyncStatus.LAST_FROM_CENTRAL, Instant.now(RegisterClock.configured()).toString());
			// central has the trail up to here: the office's own entries start with the one that made it
			ChangeFiles.auditExported(session, session.audit().head().map(AuditAnchor::entryId).orElse(0L));
			session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(RegisterClock.configured()), restorer, AuditOperation.MAKE_REPLICA,
					null, AuditDetail.of("replicaMade", office, file, block[0]))));
		});
		PublicKey key = new OfficeKeys(location.folder()).create(office, databaseKey);
		OfficeKeys.writeKeyFile(publicKeyOut, OfficeKeys.keyFile(key, block[0]));
		return new Replica(office, OfficeKeys.fingerprint(key), block[0]);
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
