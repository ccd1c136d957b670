package org.madoguchi.store.internal;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders that hold personal data are their owner's only (0600, folders 0700), whatever
 * the umask: the register's folder and database file.
 */
final class OwnerOnly {

	private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

	/** Creates {@code folder} and the parents it lacks as their owner's only; a folder that exists is left as it is. */
	static Path createFolders(Path folder) throws IOException {
		if (!POSIX) {
			return Files.createDirectories(folder);
		}
		FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
		return Files.createDirectories(folder, ownerOnly);
	}

	/** Makes an existing file its owner's only. */
	static void restrict(Path file) throws IOException {
		if (POSIX) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	private OwnerOnly() {
	}
}
