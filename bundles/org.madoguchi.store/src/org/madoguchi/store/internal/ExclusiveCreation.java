package org.madoguchi.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Scratch;

/**
 * Makes an embedded database appear in its folder whole and only once. It is built in a scratch
 * folder beside it and moved into place while this process holds the folder's creation lock (an
 * OS file lock, so it holds across processes): of several processes creating the same register at
 * once, one builds it and the others find it made, and nobody ever replaces a database another
 * process already has open.
 */
final class ExclusiveCreation {

	/** The lock file in the database's folder; it stays there, empty. */
	static final String LOCK_FILE = "madoguchi.create.lock";
	/** FileChannel locks are per process: threads of one process queue here first. */
	private static final Object IN_THIS_PROCESS = new Object();

	/** Builds a new database at the scratch location it is given. */
	@FunctionalInterface
	interface Builder {
		void build(DatabaseLocation draft) throws IOException;
	}

	/**
	 * Builds the database with {@code builder} and moves it to {@code location}, unless a database
	 * is there already; returns whether it made one.
	 *
	 * @param scratchPrefix the name of the scratch folder begins with it (it says what was being made)
	 */
	static boolean publish(DatabaseLocation location, String scratchPrefix, Builder builder) throws IOException {
		OwnerOnly.createFolders(location.folder());
		synchronized (IN_THIS_PROCESS) {
			try (FileChannel channel = FileChannel.open(location.folder().resolve(LOCK_FILE), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				if (Files.exists(location.h2File())) {
					return false;
				}
				// what a killed build left is removed; under the lock, no live process is building here
				Scratch.removeLeftovers(location.folder(), scratchPrefix, "");
				Path scratch = Files.createTempDirectory(location.folder(), Scratch.prefix(scratchPrefix));
				try {
					DatabaseLocation draft = new DatabaseLocation(scratch, null);
					builder.build(draft);
					Files.move(draft.h2File(), location.h2File(), StandardCopyOption.ATOMIC_MOVE);
				} finally {
					Scratch.delete(scratch);
				}
				return true;
			}
		}
	}

	private ExclusiveCreation() {
	}
}
