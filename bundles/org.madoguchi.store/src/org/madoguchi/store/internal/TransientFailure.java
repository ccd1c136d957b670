package org.madoguchi.store.internal;

import java.io.EOFException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.Set;

import org.h2.api.ErrorCode;

/**
 * Failures after which running the whole unit of work again is right: its transaction was rolled
 * back, and the cause lies outside it. Classified by the databases' error codes, never by message
 * text, which changes with the driver's version and language.
 */
enum TransientFailure {
	/**
	 * The connection is gone or the database is changing hands: the process that hosted the register
	 * exited (H2's AUTO_SERVER then lets another process host it), or its lock file is being taken
	 * over. Every other idle connection of the store went through the same host and is dropped too.
	 */
	LOST_CONNECTION,
	/** Another transaction got there first (a row lock, a deadlock, a key it committed meanwhile). */
	CONFLICT;

	/** The host's server answering while it shuts its database down says it has none (REMOTE_DATABASE_NOT_FOUND). */
	private static final Set<Integer> H2_LOST = Set.of(ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED,
			ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.ERROR_OPENING_DATABASE_1, ErrorCode.DATABASE_ALREADY_OPEN_1,
			ErrorCode.REMOTE_DATABASE_NOT_FOUND_1);
	/** H2's I/O errors: a lost connection when the host's socket closed mid-answer, else a file's. */
	private static final Set<Integer> H2_IO = Set.of(ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2);
	private static final Set<Integer> H2_CONFLICT = Set.of(ErrorCode.DEADLOCK_1, ErrorCode.LOCK_TIMEOUT_1, ErrorCode.CONCURRENT_UPDATE_1,
			ErrorCode.DUPLICATE_KEY_1, ErrorCode.ROW_NOT_FOUND_WHEN_DELETING_1);
	/** PostgreSQL: class 08 (connection exception), 57P01 (the server shut down) and 57P02/57P03 (crash, starting up). */
	private static final Set<String> POSTGRES_LOST = Set.of("57P01", "57P02", "57P03");
	/** PostgreSQL: serialization failure, deadlock, lock not available, unique violation. */
	private static final Set<String> POSTGRES_CONFLICT = Set.of("40001", "40P01", "55P03", "23505");

	/**
	 * What kind of transient failure {@code failure} (or one of its causes) is; null for any other.
	 *
	 * @param embedded whether it came from embedded H2 (error codes) or PostgreSQL (SQL states)
	 */
	static TransientFailure of(Throwable failure, boolean embedded) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				TransientFailure kind = embedded ? ofH2(sql) : ofPostgres(sql);
				if (kind != null) {
					return kind;
				}
			}
		}
		return lostOnRollback(failure, embedded) ? LOST_CONNECTION : null;
	}

	/**
	 * Whether the rollback after {@code failure} found the connection gone (it is kept as a
	 * suppressed failure): a statement running on the host while the host closed its database fails
	 * with whatever the closing store says (H2's general error), and only the rollback tells that
	 * the connection, and the transaction with it, was lost.
	 */
	private static boolean lostOnRollback(Throwable failure, boolean embedded) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			for (Throwable suppressed : cause.getSuppressed()) {
				if (of(suppressed, embedded) == LOST_CONNECTION) {
					return true;
				}
			}
		}
		return false;
	}

	private static TransientFailure ofH2(SQLException failure) {
		if (H2_LOST.contains(failure.getErrorCode()) || H2_IO.contains(failure.getErrorCode()) && fromTheNetwork(failure)) {
			return LOST_CONNECTION;
		}
		return H2_CONFLICT.contains(failure.getErrorCode()) ? CONFLICT : null;
	}

	/** An I/O failure of the connection to the host (its socket closed), not of a file. */
	private static boolean fromTheNetwork(Throwable failure) {
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof EOFException || cause instanceof SocketException) {
				return true;
			}
		}
		return false;
	}

	private static TransientFailure ofPostgres(SQLException failure) {
		String state = failure.getSQLState() == null ? "" : failure.getSQLState();
		return state.startsWith("08") || POSTGRES_LOST.contains(state) ? LOST_CONNECTION : POSTGRES_CONFLICT.contains(state) ? CONFLICT : null;
	}
}
