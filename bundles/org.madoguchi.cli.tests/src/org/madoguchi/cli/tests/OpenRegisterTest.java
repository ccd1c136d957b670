package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

/** An open demo register has no logins: what needs one is refused with the reason, never ignored. */
class OpenRegisterTest {

	@TempDir
	Path folder;

	private String db;

	@BeforeEach
	void openRegister() {
		db = folder.resolve("demo").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "init").exitCode());
	}

	@Test
	void operatorAddIsRefusedWithoutAskingForAPassword() {
		CliRun run = CliRun.of("--db", db, "operator", "add", "suzuki", "--role", "clerk");
		assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
		assertEquals("madoguchi: An open demo register has no logins, so it takes no operators; make a production register with init --secure.\n",
				run.err());
		assertFalse(run.out().contains("added"), run.out());
	}

	@Test
	void anOperatorGivenForAnOpenRegisterIsRefusedNotIgnored() {
		CliRun run = CliRun.of("--db", db, "--operator", "sato", "stats");
		assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
		assertEquals("madoguchi: --operator sato is not used: the register at " + db + " is an open demo register, which has no logins."
				+ " Leave out --operator, or make a production register with init --secure.\n", run.err());
		assertEquals("", run.out());
		CliRun audit = CliRun.of("--db", db, "audit");
		assertFalse(audit.out().contains("sato"), "nothing was done in sato's name: " + audit.out());
	}

	@Test
	void restoringTheBackupOfAnOpenRegisterTakesNoOperator() {
		String backup = folder.resolve("demo.zip").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "backup", "--out", backup).exitCode());
		String copy = folder.resolve("copy").toString();
		CliRun refused = CliRun.of("--db", copy, "--operator", "sato", "restore", backup);
		assertEquals(ExitCodes.FAILURE, refused.exitCode(), refused.err());
		assertTrue(refused.err().startsWith("madoguchi: --operator sato is not used: " + backup + " is the backup of an open demo register"),
				refused.err());
		CliRun restored = CliRun.of("--db", copy, "restore", backup);
		assertEquals(ExitCodes.OK, restored.exitCode(), restored.err());
		String trail = CliRun.of("--db", copy, "audit").out();
		assertTrue(trail.lines().anyMatch(line -> line.matches("2026-11-20T[\\d:.]+Z\tbatch\trestore\t-\trestored from " + Pattern.quote(backup + " into " + copy))),
				"the restore is recorded on the register's day: " + trail);
	}
}
