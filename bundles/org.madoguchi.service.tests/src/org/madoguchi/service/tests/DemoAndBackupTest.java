package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.Backups;
import org.madoguchi.service.DemoFill;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterQueries.Counts;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Role;
import org.madoguchi.store.StoreException;

class DemoAndBackupTest {

	@TempDir
	Path folder;

	private DatabaseLocation at(String name) {
		return DatabaseLocation.of(folder.resolve(name).toString());
	}

	/** Stops after the first committed batch, as a kill would. */
	private static final class StopAfterFirstBatch implements Progress {
		private boolean stop;

		@Override
		public void worked(long done, long total) {
			stop = true;
		}

		@Override
		public boolean isCanceled() {
			return stop;
		}
	}

	@Test
	void anInterruptedFillResumesWithoutDuplicatesAndAFinishedOneAddsNothing() {
		try (Register register = Register.openOrCreateDemo(at("demo"), Login.none())) {
			DemoFill fill = new DemoFill(register);
			assertEquals(2_000, fill.fill(5_000, 42, new StopAfterFirstBatch()));
			assertEquals(2_000L, register.queries().counts().residents());
			assertEquals(3_000, fill.fill(5_000, 42, Progress.NONE));
			assertEquals(0, fill.fill(5_000, 42, Progress.NONE));
			Counts counts = register.queries().counts();
			assertEquals(5_000L, counts.residents());
			assertEquals(1_667L, counts.households());
			assertTrue(counts.cards().values().stream().allMatch(count -> count > 0), counts.cards().toString());
			assertTrue(counts.civilServants() > 0);
			assertTrue(register.queries().search("000000000051", 1, 0).size() == 1);
		}
	}

	@Test
	void backupRestoresIntoANewDatabaseWithEveryRow() throws Exception {
		Path backup = folder.resolve("backup.zip");
		Counts before;
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none())) {
			new DemoFill(register).fill(700, 7, Progress.NONE);
			before = register.queries().counts();
			new Backups(register).backup(backup);
		}
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)), "the backup is its owner's only");
		Backups.restore(backup, at("copy"), Login.none());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("copy"))));
		try (Register copy = Register.open(at("copy"), Login.none())) {
			Counts after = copy.queries().counts();
			assertEquals(before.residents(), after.residents());
			assertEquals(before.cards(), after.cards());
			assertEquals(before.certificates(), after.certificates());
			assertEquals(before.auditEntries(), after.auditEntries());
			long id = copy.queries().search("000000000051", 1, 0).get(0).id();
			assertEquals("0000 0000 0051", copy.queries().showNumber(id));
			long newest = copy.residents().register(People.resident("新井", "一", "アライ", "ハジメ", LocalDate.of(2000, 1, 1), "123456789018"));
			assertTrue(newest > id, "identities continue after the restored rows");
		}
	}

	@Test
	void restoreRefusesADamagedOrForeignFileAndLeavesNoDatabase() throws Exception {
		Path backup = folder.resolve("backup.zip");
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none())) {
			new DemoFill(register).fill(100, 7, Progress.NONE);
			new Backups(register).backup(backup);
		}
		Path tampered = folder.resolve("tampered.zip");
		rewrite(backup, tampered, "resident.tsv");
		StoreException damaged = assertThrows(StoreException.class, () -> Backups.restore(tampered, at("copy"), Login.none()));
		assertTrue(damaged.getMessage().contains("checksum of resident does not match"), damaged.getMessage());
		Path foreign = folder.resolve("foreign.zip");
		Files.writeString(foreign, "not a zip at all");
		assertThrows(StoreException.class, () -> Backups.restore(foreign, at("copy"), Login.none()));
		assertTrue(!at("copy").exists());
	}

	@Test
	void encryptedBackupNeedsAnOperatorOfTheDatabase() {
		Path backup = folder.resolve("secure.zip");
		try (Register supervisor = Register.initSecure(at("office"), "sato", "佐藤", "supervisor-pass".toCharArray(), "")) {
			supervisor.addOperator("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			new Backups(supervisor).backup(backup);
		}
		ServiceException anonymous = assertThrows(ServiceException.class, () -> Backups.restore(backup, at("copy"), Login.none()));
		assertEquals("login.required", anonymous.problem().key());
		Backups.restore(backup, at("copy"), new Login("suzuki", "clerk-password"::toCharArray));
		try (Register clerk = Register.open(at("copy"), new Login("suzuki", "clerk-password"::toCharArray))) {
			assertEquals(Role.CLERK, clerk.operator().role());
		}
	}

	/** Copies a zip, changing one byte in the middle of {@code entryName}. */
	private static void rewrite(Path from, Path to, String entryName) throws IOException {
		try (ZipFile source = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to);
				ZipOutputStream target = new ZipOutputStream(file)) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				byte[] content;
				try (InputStream in = source.getInputStream(entry)) {
					content = in.readAllBytes();
				}
				if (entry.getName().equals(entryName)) {
					content[content.length / 2] ^= 1;
				}
				target.putNextEntry(new ZipEntry(entry.getName()));
				target.write(content);
				target.closeEntry();
			}
		}
	}
}
