package org.madoguchi.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

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

	public static JdbcStore open(DatabaseLocation location, String filePassword, boolean encrypt) {
		if (location.isEmbedded() && !location.exists()) {
			createEmbedded(location, encrypt ? filePassword : null);
		} else if (encrypt) {
			throw new StoreException("A database already exists at " + location + "; a new encrypted one is made only in an empty place");
		}
		Connection connection = connect(location, filePassword);
		try {
			return new JdbcStore(location, filePassword, connection, Migrations.apply(connection));
		} catch (SQLException | RuntimeException e) {
			closeQuietly(connection);
			throw e instanceof StoreException store ? store : new StoreException("Cannot prepare the database at " + location + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Makes a new embedded database in a scratch folder and moves the finished file into place,
	 * so that a crash while creating never leaves a half-made database behind.
	 */
	private static void createEmbedded(DatabaseLocation location, String filePassword) {
		try {
			Files.createDirectories(location.folder());
			Path scratch = Files.createTempDirectory(location.folder(), ".creating-");
			DatabaseLocation draft = new DatabaseLocation(scratch, null);
			try (Connection connection = connect(draft, filePassword)) {
				Migrations.apply(connection);
			} catch (SQLException e) {
				throw new StoreException("Cannot create the database at " + location + ": " + e.getMessage(), e);
			}
			Files.move(draft.h2File(), location.h2File(), StandardCopyOption.ATOMIC_MOVE);
			try (var leftovers = Files.list(scratch)) {
				for (Path leftover : leftovers.toList()) {
					Files.delete(leftover);
				}
			}
			Files.delete(scratch);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create the database at " + location, e);
		}
	}

	private static Connection connect(DatabaseLocation location, String filePassword) {
		try {
			if (!location.isEmbedded()) {
				return new org.postgresql.Driver().connect(location.postgresUrl(), new Properties());
			}
			Properties credentials = new Properties();
			credentials.setProperty("user", H2_USER);
			String url = "jdbc:h2:file:" + location.folder().resolve("madoguchi") + ";WRITE_DELAY=" + WRITE_DELAY_MS + FullDisk.accessMode(location) + ";CACHE_SIZE=" + CACHE_SIZE_KB;
			if (filePassword != null) {
				url += ";CIPHER=AES";
				// H2 takes "<file password> <user password>"; the user password is empty.
				credentials.setProperty("password", filePassword + " ");
			} else {
				credentials.setProperty("password", "");
			}
			Connection connection = new org.h2.Driver().connect(url, credentials);
			if (connection == null) {
				throw new StoreException("H2 refused the URL " + url);
			}
			return connection;
		} catch (SQLException e) {
			throw explain(location, filePassword, e);
		}
	}

	private static StoreException explain(DatabaseLocation location, String filePassword, SQLException e) {
		Optional<DiskFullException> full = FullDisk.of(location, e);
		if (full.isPresent()) {
			return full.get();
		}
		int code = e.getErrorCode();
		if (location.isEmbedded() && (code == H2_WRONG_PASSWORD || code == H2_FILE_ENCRYPTION || code == H2_FILE_CORRUPTED)) {
			return new StoreException(filePassword == null
					? "The database at " + location + " is encrypted: log in with an operator and password"
					: "Wrong password for the encrypted database at " + location, e);
		}
		return new StoreException("Cannot open the database at " + location + ": " + e.getMessage(), e);
	}

	@Override
	public <T> T write(Work<T> work) {
		return inTransaction(work, false);
	}

	@Override
	public <T> T read(Work<T> work) {
		return inTransaction(work, true);
	}

	private <T> T inTransaction(Work<T> work, boolean readOnly) {
		return onConnection(connection -> work.run(new JdbcSession(connection)), readOnly);
	}

	/** Runs {@code work} in one transaction on a connection nobody else is using. */
	private <T> T onConnection(ConnectionFunction<T> work, boolean readOnly) {
		Connection connection = take();
		try {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(readOnly ? Connection.TRANSACTION_REPEATABLE_READ : Connection.TRANSACTION_READ_COMMITTED);
			T result = work.apply(connection);
			connection.commit();
			return result;
		} catch (SQLException e) {
			throw failed(connection, new StoreException("The database failed: " + e.getMessage(), e));
		} catch (RuntimeException e) {
			throw failed(connection, e);
		} catch (Error e) {
			rollback(connection);
			throw e;
		} finally {
			giveBack(connection);
		}
	}

	@FunctionalInterface
	private interface ConnectionFunction<T> {
		T apply(Connection connection) throws SQLException;
	}

	private Connection take() {
		synchronized (idle) {
			if (closed) {
				throw new StoreException("The database at " + location + " is closed");
			}
			Connection free = idle.poll();
			if (free != null) {
				return free;
			}
		}
		return connect(location, filePassword);
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

	/** Rolls back after {@code failure} and says what went wrong; a full disk in words (it fails the rollback too). */
	private RuntimeException failed(Connection connection, RuntimeException failure) {
		try {
			rollback(connection);
		} catch (StoreException rollbackFailure) {
			return FullDisk.explain(location, rollbackFailure);
		}
		return FullDisk.explain(location, failure);
	}

	private static void rollback(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			throw new StoreException("The database could not roll back: " + e.getMessage(), e);
		}
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
				throw new StoreException("Restoring failed: " + e.getMessage(), e);
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
				throw new StoreException("Closing the database failed: " + e.getMessage(), e);
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
