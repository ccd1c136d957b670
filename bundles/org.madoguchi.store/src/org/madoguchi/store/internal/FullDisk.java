package org.madoguchi.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.DiskFullException;

/**
 * Tells a full disk under an embedded register from other failures, so that the user reads
 * "the disk is full" instead of H2's internals, and lets a full disk still be read: H2 writes its
 * lock file when it opens a database, so on a full disk it opens it read-only instead.
 */
final class FullDisk {

	/** Less free space than this, and a failed write is the disk being full (H2 writes chunks of up to a few MB). */
	private static final long NEARLY_FULL = 64L << 20;
	/** Less than this, and the database is opened read-only (opening writes the lock file and a first chunk). */
	private static final long TOO_FULL_TO_OPEN = 1L << 20;
	/**
	 * H2: IO_EXCEPTION_1, IO_EXCEPTION_2, DATABASE_IS_READ_ONLY, and DATABASE_IS_CLOSED and
	 * GENERAL_ERROR_1, which is what the statement after a failed background write of the store
	 * gets (the store closed itself; the write's own failure is not always among the causes).
	 */
	private static final int[] H2_WRITE_FAILURES = { 90028, 90031, 90097, 90098, 50000 };
	private static final String AUTO_SERVER = ";AUTO_SERVER=TRUE";
	private static final String[] WRITE_FAILURE_TEXTS = { "No space left on device", "Writing to ", "Could not save properties" };

	/** The failure as a full disk, when it is a failed write on a disk with hardly any room left. */
	static Optional<DiskFullException> of(DatabaseLocation location, Throwable failure) {
		if (!location.isEmbedded() || !isWriteFailure(failure)) {
			return Optional.empty();
		}
		long free = usableSpace(location.folder());
		return free < NEARLY_FULL ? Optional.of(new DiskFullException(free >> 20, failure)) : Optional.empty();
	}

	/** {@code failure}, or the full disk that caused it. */
	static RuntimeException explain(DatabaseLocation location, RuntimeException failure) {
		return failure instanceof DiskFullException ? failure : of(location, failure).<RuntimeException>map(full -> full).orElse(failure);
	}

	/**
	 * The H2 access setting for opening the register: read-only on a disk too full to open it
	 * otherwise, unless another process has it open (then its server is used, as always).
	 */
	static String accessMode(DatabaseLocation location) {
		if (usableSpace(location.folder()) >= TOO_FULL_TO_OPEN) {
			return AUTO_SERVER;
		}
		Path lock = location.folder().resolve("madoguchi.lock.db");
		if (Files.exists(lock)) {
			if (serverAnswers(lock)) {
				return AUTO_SERVER;
			}
			try {
				// left by a process that died with the disk full; H2 would have to rewrite it to take over, and reads nothing beside it
				Files.delete(lock);
			} catch (IOException e) {
				return AUTO_SERVER;
			}
		}
		return ";ACCESS_MODE_DATA=r";
	}

	/** Whether the process named in H2's lock file still serves the database (AUTO_SERVER). */
	private static boolean serverAnswers(Path lock) {
		Properties owner = new Properties();
		try (InputStream in = Files.newInputStream(lock)) {
			owner.load(in);
		} catch (IOException e) {
			return true;
		}
		String server = owner.getProperty("server", "");
		int colon = server.lastIndexOf(':');
		if (colon < 0) {
			return false;
		}
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))), 2_000);
			return true;
		} catch (IOException | NumberFormatException e) {
			return false;
		}
	}

	/** A failed write, in the failure, its causes, or what failed after it (a rollback on the full disk). */
	static boolean isWriteFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Throwable suppressed : cause.getSuppressed()) {
				if (isWriteFailure(suppressed)) {
					return true;
				}
			}
			if (cause instanceof SQLException sql) {
				for (int code : H2_WRITE_FAILURES) {
					if (sql.getErrorCode() == code) {
						return true;
					}
				}
			}
			String message = String.valueOf(cause.getMessage());
			for (String text : WRITE_FAILURE_TEXTS) {
				if (message.contains(text)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Free space for us on the disk of {@code folder} (or of its nearest existing parent). */
	private static long usableSpace(Path folder) {
		for (Path existing = folder; existing != null; existing = existing.getParent()) {
			if (Files.exists(existing)) {
				try {
					return Files.getFileStore(existing).getUsableSpace();
				} catch (IOException e) {
					return Long.MAX_VALUE;
				}
			}
		}
		return Long.MAX_VALUE;
	}

	private FullDisk() {
	}
}
