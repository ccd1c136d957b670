package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.DemoFill;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterQueries.Counts;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;

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
		try (Register register = Register.openOrCreateDemo(at("demo"), Login.none(), TestDay.CLOCK)) {
			DemoFill fill = register.demo();
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
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none(), TestDay.CLOCK)) {
			register.demo().fill(700, 7, Progress.NONE);
			before = register.queries().counts();
			register.backups().backup(backup);
		}
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)), "the backup is its owner's only");
		Register.restore(backup, at("copy"), Login.none());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("copy"))));
		try (Register copy = Register.open(at("copy"), Login.none(), TestDay.CLOCK)) {
			Counts after = copy.queries().counts();
			assertEquals(before.residents(), after.residents());
			assertEquals(before.cards(), after.cards());
			assertEquals(before.certificates(), after.certificates());
			assertEquals(before.auditEntries() + 1, after.auditEntries(), "every entry, and the restore's own");
			long id = copy.queries().search("000000000051", 1, 0).get(0).id();
			assertEquals("0000 0000 0051", copy.queries().showNumber(id));
			long newest = copy.residents().register(People.resident("新井", "一", "アライ", "ハジメ", LocalDate.of(2000, 1, 1), "123456789018"));
			assertTrue(newest > id, "identities continue after the restored rows");
		}
	}

	@Test
	void restoreRefusesADamagedOrForeignFileAndLeavesNoDatabase() throws Exception {
		Path backup = folder.resolve("backup.zip");
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none(), TestDay.CLOCK)) {
			register.demo().fill(100, 7, Progress.NONE);
			register.backups().backup(backup);
		}
		Path tampered = folder.resolve("tampered.zip");
		rewrite(backup, tampered, "resident.tsv");
		ServiceException damaged = assertThrows(ServiceException.class, () -> Register.restore(tampered, at("copy"), Login.none()));
		assertEquals("The backup " + tampered + " is damaged: the checksum of resident does not match", damaged.problem().english());
		assertEquals("\u30d0\u30c3\u30af\u30a2\u30c3\u30d7 " + tampered
				+ " \u306f\u58ca\u308c\u3066\u3044\u307e\u3059: \u8868 resident \u306e\u30c1\u30a7\u30c3\u30af\u30b5\u30e0\u304c\u4e00\u81f4\u3057\u307e\u305b\u3093\u3002",
				damaged.problem().japanese(), "a Japanese session reads why in Japanese");
		Path foreign = folder.resolve("foreign.zip");
		Files.writeString(foreign, "not a zip at all");
		assertThrows(ServiceException.class, () -> Register.restore(foreign, at("copy"), Login.none()));
		assertTrue(!at("copy").exists());
	}

	@Test
	void encryptedBackupIsRestoredOnlyByASupervisorOfTheDatabaseAndTheRestoreIsAudited() {
		Path backup = folder.resolve("secure.zip");
		try (Register supervisor = Register.initSecure(at("office"), "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
			supervisor.backups().backup(backup);
		}
		ServiceException anonymous = assertThrows(ServiceException.class, () -> Register.restore(backup, at("copy"), Login.none()));
		assertEquals("login.required", anonymous.problem().key());
		ServiceException wrong = assertThrows(ServiceException.class,
				() -> Register.restore(backup, at("copy"), new Login("sato", "guess"::toCharArray)));
		assertEquals("login.failed", wrong.problem().key());
		ServiceException clerk = assertThrows(ServiceException.class,
				() -> Register.restore(backup, at("copy"), new Login("suzuki", "clerk-password"::toCharArray)));
		assertEquals("The operator suzuki (clerk) may not restore backups.", clerk.getMessage());
		ServiceException auditor = assertThrows(ServiceException.class,
				() -> Register.restore(backup, at("copy"), new Login("tanaka", "auditor-password"::toCharArray)));
		assertEquals("access.denied", auditor.problem().key());
		assertTrue(!Files.exists(folder.resolve("copy")), "a refused restore creates nothing");

		Register.restore(backup, at("copy"), new Login("sato", "supervisor-pass"::toCharArray));
		try (Register copy = Register.open(at("copy"), new Login("tanaka", "auditor-password"::toCharArray), TestDay.CLOCK)) {
			List<AuditEntry> trail = copy.queries().audit(null, null, 100);
			AuditEntry restore = trail.stream().filter(entry -> entry.operation().equals("restore")).findFirst().orElseThrow();
			assertEquals("sato", restore.operatorId());
			assertEquals("restored from " + backup + " into " + at("copy"), restore.detail());
		}
	}

	@Test
	void aDemoBackupIsRestoredByTheBuiltInOperatorAndTheRestoreIsAudited() {
		Path backup = folder.resolve("demo.zip");
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none(), TestDay.CLOCK)) {
			register.demo().fill(10, 7, Progress.NONE);
			register.backups().backup(backup);
		}
		assertTrue(Register.isOpenBackup(backup));
		Register.restore(backup, at("copy"), Login.none());
		try (Register copy = Register.open(at("copy"), Login.none(), TestDay.CLOCK)) {
			List<AuditEntry> restores = copy.queries().audit(null, null, 100).stream().filter(entry -> entry.operation().equals("restore"))
					.toList();
			assertEquals(1, restores.size());
			assertEquals(Register.BATCH_OPERATOR, restores.get(0).operatorId());
			assertEquals("restored from " + backup + " into " + at("copy"), restores.get(0).detail());
		}
	}

	@Test
	void onlyASupervisorCopiesTheRegisterByBackupOrExport() {
		try (Register supervisor = Register.initSecure(at("office"), "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
		for (String[] login : new String[][] { { "suzuki", "clerk-password" }, { "tanaka", "auditor-password" } }) {
			try (Register register = Register.open(at("office"), new Login(login[0], login[1]::toCharArray), TestDay.CLOCK)) {
				ServiceException backup = assertThrows(ServiceException.class,
						() -> register.backups().backup(folder.resolve(login[0] + ".zip")));
				assertEquals("access.denied", backup.problem().key());
				ServiceException export = assertThrows(ServiceException.class, () -> register.exports()
						.exportFile(folder.resolve(login[0] + ".csv"), "utf-8", Progress.NONE));
				assertEquals("access.denied", export.problem().key());
			}
			assertTrue(!Files.exists(folder.resolve(login[0] + ".zip")) && !Files.exists(folder.resolve(login[0] + ".csv")));
		}
	}

	@Test
	void anOpenDemoRegisterTakesNoOperatorsAndAsksNoPassword() {
		try (Register register = Register.openOrCreateDemo(at("demo"), Login.none(), TestDay.CLOCK)) {
			ServiceException refused = assertThrows(ServiceException.class, () -> register.operators().add("suzuki", "鈴木", Role.CLERK, () -> {
				throw new AssertionError("no password is asked for an open register");
			}));
			assertEquals("operator.openRegister", refused.problem().key());
			assertTrue(refused.problem().japanese().contains("init --secure"), refused.problem().japanese());
			assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("add-operator")));
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
