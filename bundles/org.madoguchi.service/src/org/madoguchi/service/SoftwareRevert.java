package org.madoguchi.service;

import org.madoguchi.update.Installation;
import org.osgi.framework.Version;

/**
 * Returning to the version installed before the last update, from what the installation kept:
 * no update site is needed. A supervisor's, audited. Refused, with nothing changed, when there is
 * no earlier version or when the installed version migrated the register beyond what the earlier
 * one can open (the backup written before the update holds the register as that version knew it).
 */
public final class SoftwareRevert {

	private final Register register;
	private final Installation installation;
	private final Version earlier;

	private SoftwareRevert(Register register, Installation installation, Version earlier) {
		this.register = register;
		this.installation = installation;
		this.earlier = earlier;
	}

	/** See {@link SoftwareUpdates#offerRevert}. */
	static SoftwareRevert offer(Register register) {
		register.require(Permission.SUPERVISE, "return to the earlier version");
		return SoftwareUpdate.refusedAsService(() -> {
			Installation installation = Installation.running();
			Version earlier = installation.previousVersion()
					.orElseThrow(() -> ServiceException.of("update.nothingToRevert", SoftwareUpdate.describe(installation.version())));
			int schema = register.store().schemaVersion();
			installation.previousSchemaVersion().ifPresent(known -> {
				if (known < schema) {
					throw ServiceException.of("update.revertPastMigration", SoftwareUpdate.describe(earlier), schema, known,
							SoftwareUpdate.backupBefore(register, earlier, installation.version()));
				}
			});
			return new SoftwareRevert(register, installation, earlier);
		});
	}

	public String installedVersion() {
		return SoftwareUpdate.describe(installation.version());
	}

	/** The version a revert returns to. */
	public String earlierVersion() {
		return SoftwareUpdate.describe(earlier);
	}

	/** Installs the earlier version again; it runs from the next start. */
	public void revert() {
		String from = installation.version().toString();
		SoftwareUpdate.refusedAsService(installation::revert);
		register.store().write(session -> {
			register.audit(session, AuditOperation.UPDATE, null, AuditDetail.of("revert", from, earlier));
			return null;
		});
	}
}
