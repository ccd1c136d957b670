package org.madoguchi.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.h2.api.ErrorCode;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.DiskFullException;
import org.madoguchi.store.Store;
import org.madoguchi.store.StoreException;
import org.madoguchi.store.Work;

/**
 * The store on JDBC connections: each unit of work runs on a connection of its own, taken from
 * those not in use (another is opened when none is free), so that the workbench's background
 * counting never makes the clerk's next click wait. Embedded H2 runs with AUTO_SERVER, so that
 * the workbench and a batch command can use the same database at once, and commits reach the
 * disk within WRITE_DELAY_MS.
 */
public final class JdbcStore implements Store {

	private static final String H2_USER = "madoguchi";
	static final int WRITE_DELAY_MS = 100;
	/**
	 * H2's page cache, in KB. Every page a report or an import reads passes through it; at 64 MB
	 * the pages lived long enough for the collector to copy them, and its pauses took a fifth of a
	 * million-row report under a 512 MB heap (JFR). 16 MB still holds every index's inner pages.
	 * The bench's bare import (org.madoguchi.bench.BareInsert) opens its database with the same settings.
	 */
	static final int CACHE_SIZE_KB = 16_384;
	/** H2 error codes for a wrong file password and for an encrypted file opened without one. */
	private static final int H2_WRONG_PASSWORD = 28000;
	private static final int H2_FILE_ENCRYPTION = 90049;
	private static final int H2_FILE_CORRUPTED = 90030;
	private static final int H2_NOT_FOUND = ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1;

	private final DatabaseLocation location;
	private final String filePassword;
	private final int schemaVersion;
	/** Connections not in use, guarded by itself; once closed, connections given back are closed. */
	private final Deque<Connection> idle = new ArrayDeque<>();
	private boolean closed;

	private JdbcStore(DatabaseLocation location, String filePassword, Connection first, int schemaVersion) {
		this.location = location;
		this.filePassword = filePassword;
		this.schemaVersion = schemaVersion;
		idle.push(first);
	}

	/** Opens the database at {@code location}; one that does not exist is refused, never created. */
	public static JdbcStore open(DatabaseLocation location, String filePassword) {
		return Retrying.run(location.isEmbedded(), () -> {
			Connection connection = connect(location, filePassword, false);
			try {
				return new JdbcStore(location, filePassword, connection, Migrations.apply(connection));
			} catch (SQLException | RuntimeException e) {
				closeQuietly(connection);
				throw e instanceof StoreException store ? store
						: StoreException.because(e, "database.prepareFailed", location.toString(), e.getMessage());
			}
		}, () -> {
		});
	}

	/**
	 * Opens the database, creating it first when there is none: an embedded one is built aside with
	 * {@code initializer} run in it, and appears whole, made by one process only (see
	 * {@link ExclusiveCreation}). A server database always exists: {@code initializer} runs there
	 * after its schema is up to date, and must leave a register already in it as it is.
	 *
	 * @param mustBeNew refuse a database that exists already
	 */
	public static JdbcStore openOrCreate(DatabaseLocation location, String filePassword, Work<?> initializer, boolean mustBeNew) {
		if (!location.isEmbedded()) {
			JdbcStore store = open(location, filePassword);
			try {
				store.write(initializer);
			} catch (RuntimeException e) {
				store.close();
				throw e;
			}
			return store;
		}
		boolean created;
		try {
			created = ExclusiveCreation.publish(location, ".creating-", draft -> {
				try (JdbcStore store = build(draft, filePassword)) {
					store.write(initializer);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create the database at " + location, e);
		}
		if (!created && mustBeNew) {
			throw StoreException.of("database.exists", location.toString());
		}
		return open(location, filePassword);
	}

	/** A new, empty database at a scratch location nobody else knows of. */
	static JdbcStore build(DatabaseLocation draft, String filePassword) {
		Connection connection = connect(draft, filePassword, true);
		try {
			return new JdbcStore(draft, filePassword, connection, Migrations.apply(connection));
		} catch (SQLException | RuntimeException e) {
			closeQuietly(connection);
			throw e instanceof StoreException store ? store : StoreException.because(e, "database.createFailed", draft.toString(), e.getMessage());
		}
	}

	/**
	 * A connection to the database. AUTO_SERVER: the first process to open an embedded database
	 * hosts it for the others; when it exits, the others' connections break and the next connection
	 * made hosts it (see {@link #onConnection}; H2's own reconnection, which AUTO_SERVER implies,
	 * works only outside a transaction, and every unit of work here is one). IFEXISTS, except for a
	 * scratch database being built:
	 * a connection made after the file went away must fail, never make an empty register.
	 */
	private static Connection connect(DatabaseLocation location, String filePassword, boolean mayCreate) {
		try {
			if (!location.isEmbedded()) {
				return new org.postgresql.Driver().connect(location.postgresUrl(), new Properties());
			}
			Properties credentials = new Properties();
			credentials.setProperty("user", H2_USER);
			// no trace file: H2 writes the failing statements' values there, in plain text beside an encrypted database
			String url = "jdbc:h2:file:" + location.folder().resolve("madoguchi") + ";WRITE_DELAY=" + WRITE_DELAY_MS + FullDisk.accessMode(location)
					+ ";CACHE_SIZE=" + CACHE_SIZE_KB + ";TRACE_LEVEL_FILE=0" + (mayCreate ? "" : ";IFEXISTS=TRUE");
			if (filePassword != null) {
				url += ";CIPHER=AES";
				// H2 takes "<file password> <user password>"; the user password is empty.
				credentials.setProperty("password", filePassword + " ");
			} else {
				credentials.setProperty("password", "");
			}
			boolean creating = !Files.exists(location.h2File());
			Connection connection = new org.h2.Driver().connect(url, credentials);
			if (connection == null) {
				throw StoreException.of("database.urlRefused", url);
			}
			if (creating) {
				OwnerOnly.restrict(location.h2File());
			}
			// an earlier version's trace holds row text: it goes now that no trace is written
			Files.deleteIfExists(location.folder().resolve("madoguchi.trace.db"));
			return connection;
		} catch (SQLException e) {
			throw explain(location, filePassword, e);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot protect the database files at " + location, e);
		}
	}

	private static StoreException explain(DatabaseLocation location, String filePassword, SQLException e) {
		Optional<DiskFullException> full = FullDisk.of(location, e);
		if (full.isPresent()) {
			return full.get();
		}
		int code = e.getErrorCode();
		if (location.isEmbedded() && (code == H2_WRONG_PASSWORD || code == H2_FILE_ENCRYPTION || code == H2_FILE_CORRUPTED)) {
			return StoreException.because(e, filePassword == null ? "database.encrypted" : "database.wrongPassword", location.toString());
		}
		if (code == H2_NOT_FOUND) {
			return StoreException.because(e, "database.missing", location.toString());
		}
		return StoreException.because(e, "database.openFailed", location.toString(), e.getMessage());
	}

	@Override
	public <T> T write(Work<T> work) {
		return inTransaction(work, false, false);
	}

	@Override
	public <T> T read(Work<T> work) {
		return inTransaction(work, true, false);
	}

	@Override
	public <T> T rehearse(Work<T> work) {
		return inTransaction(work, false, true);
	}

	private <T> T inTransaction(Work<T> work, boolean readOnly, boolean rolledBack) {
		return onConnection(connection -> {
			JdbcSession session = new JdbcSession(connection);
			T result = work.run(session);
			session.complete();
			return result;
		}, readOnly, rolledBack);
	}

	/**
	 * Runs {@code work} in one transaction on a connection nobody else is using. When the
	 * transaction fails for a reason outside it (the connection was lost because the process hosting
	 * the register exited, or a concurrent transaction got in the way), it was rolled back, and the
	 * whole work runs again on a fresh connection, a bounded number of times (see {@link Retrying}).
	 * A commit whose answer was lost may have happened: the work runs again then too, so units of
	 * work that must not happen twice check inside their transaction whether they already did.
	 */
	private <T> T onConnection(ConnectionFunction<T> work, boolean readOnly) {
		return onConnection(work, readOnly, false);
	}

	/** As {@link #onConnection(ConnectionFunction, boolean)}; {@code rolledBack}: the work's transaction ends in a rollback. */
	private <T> T onConnection(ConnectionFunction<T> work, boolean readOnly, boolean rolledBack) {
		return Retrying.run(location.isEmbedded(), () -> {
			Connection connection = take();
			boolean healthy = false;
			try {
				connection.setAutoCommit(false);
				connection.setTransactionIsolation(readOnly ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_READ_COMMITTED);
				T result = work.apply(connection);
				if (rolledBack) {
					connection.rollback();
				} else {
					connection.commit();
				}
				healthy = true;
				return result;
			} catch (SQLException e) {
				healthy = rollback(connection, e);
				// a full disk fails the write and often the rollback too: said in words either way
				throw FullDisk.explain(location, StoreException.because(e, "database.failed", SqlFailure.describe(e)));
			} catch (RuntimeException e) {
				healthy = rollback(connection, e);
				throw FullDisk.explain(location, e);
			} catch (Error e) {
				healthy = rollback(connection, e);
				throw e;
			} finally {
				if (healthy) {
					giveBack(connection);
				} else {
					closeQuietly(connection);
				}
			}
		}, this::dropIdle);
	}

	@FunctionalInterface
	private interface ConnectionFunction<T> {
		T apply(Connection connection) throws SQLException;
	}

	private Connection take() {
		synchronized (idle) {
			if (closed) {
				throw StoreException.of("database.closed", location.toString());
			}
			Connection free = idle.poll();
			if (free != null) {
				return free;
			}
		}
		return connect(location, filePassword, false);
	}

	private void giveBack(Connection connection) {
		synchronized (idle) {
			if (!closed) {
				idle.push(connection);
				return;
			}
		}
		closeQuietly(connection);
	}

	/**
	 * Rolls back after {@code failure}; returns whether the connection can be used again (not when it
	 * was lost, or when even the rollback failed: the failure that made us roll back is reported).
	 */
	private boolean rollback(Connection connection, Throwable failure) {
		if (TransientFailure.of(failure, location.isEmbedded()) == TransientFailure.LOST_CONNECTION) {
			return false;
		}
		try {
			connection.rollback();
			return true;
		} catch (SQLException e) {
			failure.addSuppressed(e);
			return false;
		}
	}

	/** Closes the idle connections: after one was lost, the others went through the same host. */
	private void dropIdle() {
		List<Connection> stale;
		synchronized (idle) {
			stale = List.copyOf(idle);
			idle.clear();
		}
		stale.forEach(JdbcStore::closeQuietly);
	}

	@Override
	public void backup(Path file, String encryptionKey, Map<String, byte[]> attachments) {
		onConnection(connection -> {
			JdbcBackup.write(connection, schemaVersion, file, encryptionKey, attachments);
			return null;
		}, true);
	}

	/** Work on the raw connection, for restoring a backup. */
	@FunctionalInterface
	interface ConnectionWork {
		void run(Connection connection) throws SQLException, IOException;
	}

	/** Runs {@code work} in one transaction: all of it is committed, or none. */
	void load(ConnectionWork work) {
		onConnection(connection -> {
			try {
				work.run(connection);
			} catch (SQLException e) {
				throw StoreException.because(e, "restore.failed", SqlFailure.describe(e));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return null;
		}, false);
	}

	@Override
	public DatabaseLocation location() {
		return location;
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	@Override
	public void close() {
		List<Connection> unused;
		synchronized (idle) {
			closed = true;
			unused = List.copyOf(idle);
			idle.clear();
		}
		// connections still in use are closed when their work gives them back
		for (Connection connection : unused) {
			try {
				connection.close();
			} catch (SQLException e) {
				// a connection the hosting process took with it when it exited has nothing left to close;
				// any other failure (the last writes not reaching the disk) is the user's to know
				if (TransientFailure.of(e, location.isEmbedded()) != TransientFailure.LOST_CONNECTION) {
					throw StoreException.because(e, "database.closeFailed", SqlFailure.describe(e));
				}
			}
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// the failure that made us close is the one worth reporting
		}
	}
}
