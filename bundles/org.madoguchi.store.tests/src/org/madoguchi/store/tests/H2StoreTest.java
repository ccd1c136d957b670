package org.madoguchi.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;
import org.madoguchi.store.StoreException;

/** The store contract on embedded H2, plus what only the embedded database has: files and encryption. */
class H2StoreTest extends StoreContract {

	@TempDir
	Path folder;

	@Override
	protected Store openEmpty() {
		return Store.openOrCreate(DatabaseLocation.of(folder.resolve("db").toString()), session -> null);
	}

	@Override
	protected Store reopen() {
		return openEmpty();
	}

	@Test
	void createsTheDatabaseFileAtomicallyInItsFolder() throws Exception {
		Path db = folder.resolve("db");
		assertTrue(Files.exists(db.resolve("madoguchi.mv.db")));
		try (var files = Files.list(db)) {
			assertFalse(files.anyMatch(file -> file.getFileName().toString().startsWith(".creating")));
		}
	}

	@Test
	void theDatabaseIsTheOwnersOnlyAndH2WritesNoTraceOfFailingRows() throws Exception {
		Path db = folder.resolve("db");
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.resolve("madoguchi.mv.db"))));
		// H2 traces a value too long for its column, with the value
		assertThrows(StoreException.class, () -> store.write(
				session -> session.residents().insert(Fixtures.resident("長".repeat(101), "花子", "ナガイ", "ハナコ", "123456789018"))));
		assertFalse(Files.exists(db.resolve("madoguchi.trace.db")), "H2's trace would hold the row in plain text");
	}

	@Test
	void aRestoreRemovesWhatAKilledRestoreLeftButNotWhatALiveOneIsWriting() throws Exception {
		store.write(session -> session.residents().insert(Fixtures.resident("山田", "花子", "ヤマダ", "ハナコ", "123456789018")));
		Path backup = folder.resolve("backup.zip");
		store.backup(backup, null, Map.of());
		Process gone = new ProcessBuilder("true").start();
		assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
		Path copy = Files.createDirectory(folder.resolve("copy"));
		Path killed = Files.createDirectory(copy.resolve(".restoring-" + gone.pid() + "-123"));
		Files.writeString(killed.resolve("madoguchi.mv.db"), "half a database");
		Path live = Files.createDirectory(copy.resolve(".restoring-" + ProcessHandle.current().pid() + "-456"));
		Store.restore(backup, DatabaseLocation.of(copy.toString()), null, null, session -> null);
		assertFalse(Files.exists(killed), "the killed restore's scratch folder is removed");
		assertTrue(Files.exists(live), "a live restore's scratch folder is kept");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy.resolve("madoguchi.mv.db"))));
		try (Store restored = Store.open(DatabaseLocation.of(copy.toString()), null)) {
			assertEquals(1L, restored.read(session -> session.statistics().residents()));
		}
	}

	@Test
	void aRestoredRegisterHasEveryIndexOfTheOneBackedUp() throws Exception {
		store.write(session -> session.residents().insert(Fixtures.resident("山田", "花子", "ヤマダ", "ハナコ", "123456789018")));
		Path backup = folder.resolve("backup.zip");
		store.backup(backup, null, Map.of());
		store.close();
		Path copy = folder.resolve("copy");
		Store.restore(backup, DatabaseLocation.of(copy.toString()), null, null, session -> null);
		// the restore drops the plain indexes while the rows go in: a search must not be left without them
		assertEquals(indexes(folder.resolve("db")), indexes(copy));
		store = reopen();
	}

	private Set<String> indexes(Path db) throws SQLException {
		Set<String> names = new TreeSet<>();
		try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + db.resolve("madoguchi"), credentials());
				Statement statement = connection.createStatement();
				ResultSet indexes = statement.executeQuery("select table_name, index_name from information_schema.indexes")) {
			while (indexes.next()) {
				names.add(indexes.getString(1) + "." + indexes.getString(2));
			}
		}
		assertTrue(names.stream().anyMatch(name -> name.startsWith("RESIDENT.")), names.toString());
		return names;
	}

	@Test
	void aMissingDatabaseIsRefusedAndNothingIsCreated() {
		DatabaseLocation mistyped = DatabaseLocation.of(folder.resolve("mistyped").toString());
		StoreException refused = assertThrows(StoreException.class, () -> Store.open(mistyped, null));
		assertTrue(refused.getMessage().contains("There is no database at " + mistyped), refused.getMessage());
		assertFalse(mistyped.exists());
	}

	@Test
	void creatorsRacingOnOneFolderMakeOneDatabaseWithOneInitialization() throws Exception {
		DatabaseLocation shared = DatabaseLocation.of(folder.resolve("shared").toString());
		ExecutorService creators = Executors.newFixedThreadPool(4);
		try {
			List<Future<Long>> seen = new ArrayList<>();
			for (int creator = 0; creator < 4; creator++) {
				seen.add(creators.submit(() -> {
					try (Store created = Store.openOrCreate(shared, session -> session.residents()
							.insert(Fixtures.resident("作成", "一", "サクセイ", "ハジメ", "123456789018")))) {
						return created.read(session -> session.statistics().residents());
					}
				}));
			}
			for (Future<Long> residents : seen) {
				assertEquals(1L, residents.get(), "every creator opens the one database, initialized once");
			}
		} finally {
			creators.shutdown();
		}
	}

	@Test
	void databaseOfANewerVersionIsRefusedUntouched() throws Exception {
		store.close();
		Path db = folder.resolve("db");
		try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + db.resolve("madoguchi") + ";AUTO_SERVER=TRUE",
				credentials()); Statement statement = connection.createStatement()) {
			statement.execute("insert into schema_version (version, description, applied_at) values (99, 'future', current_timestamp)");
		}
		StoreException refused = assertThrows(StoreException.class, this::reopen);
		assertTrue(refused.getMessage().contains("newer Madoguchi (schema version 99"), refused.getMessage());
		store = Store.openOrCreate(DatabaseLocation.of(folder.resolve("other").toString()), session -> null);
	}

	@Test
	void encryptedDatabaseNeedsItsPasswordAndHidesNames() throws Exception {
		DatabaseLocation secure = DatabaseLocation.of(folder.resolve("secure").toString());
		try (Store encrypted = Store.createEncrypted(secure, "correct horse battery staple", session -> null)) {
			encrypted.write(session -> session.residents().insert(Fixtures.resident("暗号", "花子", "アンゴウ", "ハナコ", "123456789018")));
		}
		byte[] file = Files.readAllBytes(secure.h2File());
		assertFalse(new String(file, StandardCharsets.UTF_8).contains("123456789018"), "the number must not be readable in the file");
		StoreException withoutPassword = assertThrows(StoreException.class, () -> Store.open(secure, null));
		assertTrue(withoutPassword.getMessage().contains("is encrypted"), withoutPassword.getMessage());
		StoreException wrong = assertThrows(StoreException.class, () -> Store.open(secure, "wrong"));
		assertTrue(wrong.getMessage().startsWith("Wrong password"), wrong.getMessage());
		try (Store reopened = Store.open(secure, "correct horse battery staple")) {
			assertEquals(1L, reopened.read(session -> session.statistics().residents()));
		}
	}

	private static Properties credentials() {
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		return credentials;
	}
}
