package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.update.Installation;
import org.madoguchi.update.UpdateFile;
import org.madoguchi.update.UpdateRefusedException;
import org.osgi.framework.Version;

/**
 * Installing a new Madoguchi from a zipped update site: a supervisor's, audited in the register
 * the office works on. The file is
 * checked whole before anything changes; the register itself is only read, except that a backup
 * is written beside it first when the new version migrates its schema (at its next start).
 */
public final class SoftwareUpdate {

	private final Register register;
	private final Installation installation;
	private final UpdateFile file;

	private SoftwareUpdate(Register register, Installation installation, UpdateFile file) {
		this.register = register;
		this.installation = installation;
		this.file = file;
	}

	/** See {@link SoftwareUpdates#offer}. */
	static SoftwareUpdate offer(Register register, Path zip, boolean allowDowngrade) {
		register.require(Permission.SUPERVISE, "install an update");
		return refusedAsService(() -> {
			Installation installation = Installation.running();
			UpdateFile file = UpdateFile.check(zip, installation.trustedCertificate());
			if (!allowDowngrade && file.version().compareTo(installation.version()) <= 0) {
				throw ServiceException.of("update.notNewer", zip, describe(file.version()), describe(installation.version()));
			}
			return new SoftwareUpdate(register, installation, file);
		});
	}

	public String installedVersion() {
		return describe(installation.version());
	}

	public String offeredVersion() {
		return describe(file.version());
	}

	/** The changelog the file carries. */
	public String changes() {
		return file.changes();
	}

	/** Where the register's backup goes before installing, when the new version migrates its schema. */
	public Optional<Path> registerBackup() {
		if (file.schemaVersion() <= register.store().schemaVersion()) {
			return Optional.empty();
		}
		return Optional.of(backupBefore(register, installation.version(), file.version()));
	}

	/** The backup of the register written before {@code from} was updated to {@code to}. */
	static Path backupBefore(Register register, Version from, Version to) {
		DatabaseLocation location = register.store().location();
		// a PostgreSQL register has no folder: its backup goes where the embedded one would
		Path folder = location.isEmbedded() ? location.folder() : DatabaseLocation.defaultLocation().folder();
		return folder.resolveSibling(folder.getFileName() + "-backup-" + from + "-to-" + to + ".zip");
	}

	/** Installs the update (after the register's backup, where one is due); the new version runs from the next start. */
	public void install() {
		registerBackup().ifPresent(backup -> register.backups().backup(backup));
		String from = installation.version().toString();
		refusedAsService(() -> {
			installation.install(file);
			return null;
		});
		register.store().write(session -> {
			register.audit(session, AuditOperation.UPDATE, null, AuditDetail.of("update", from, file.version(), file.zip()));
			return null;
		});
	}

	/** A version as {@code --version} prints it: the release, then the build stamp. */
	static String describe(Version version) {
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? release : release + " (build " + version.getQualifier() + ")";
	}

	static <T> T refusedAsService(Supplier<T> work) {
		try {
			return work.get();
		} catch (UpdateRefusedException e) {
			throw new ServiceException(e.problem());
		}
	}
}
