package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

/**
 * {@code audit verify}: a clean trail verifies; one changed with plain SQL names the entry (exit
 * 1); one whose chain was recomputed to fit is caught against the head a backup recorded.
 */
class AuditVerifyCommandTest {

	@TempDir
	Path folder;

	private Path register;

	@BeforeEach
	void registerWithATrail() {
		register = folder.resolve("demo");
		assertEquals(ExitCodes.OK, CliRun.of("--db", register.toString(), "demo", "--residents", "3").exitCode());
		for (String resident : new String[] { "1", "2", "1" }) {
			assertEquals(ExitCodes.OK, CliRun.of("--db", register.toString(), "number", "show", resident).exitCode());
		}
	}

	private CliRun verify(String... more) {
		String[] args = new String[4 + more.length];
		System.arraycopy(new String[] { "--db", register.toString(), "audit", "verify" }, 0, args, 0, 4);
		System.arraycopy(more, 0, args, 4, more.length);
		return CliRun.of(args);
	}

	@Test
	void aCleanTrailSaysHowManyEntriesWereVerified() {
		CliRun clean = verify();
		assertEquals(ExitCodes.OK, clean.exitCode(), clean.err());
		assertTrue(clean.out().matches("The audit trail holds: \\d+ entries verified, from the first to the newest, entry \\d+\\.\\n"),
				clean.out());
		CliRun json = verify("--json");
		assertTrue(json.out().contains("\"intact\": true"), json.out());
		assertTrue(json.out().contains("\"finding\": \"intact\""), json.out());
	}

	@Test
	void anEntryChangedWithSqlIsNamedAndAChainRecomputedToFitIsCaughtAgainstABackup() throws Exception {
		Path backup = folder.resolve("before.zip");
		assertEquals(ExitCodes.OK, CliRun.of("--db", register.toString(), "backup", "--out", backup.toString()).exitCode());
		DocumentedAuditChain.execute(register, "update audit_entry set resident_id = 3 where operation = 'show-number' and resident_id = 2");
		CliRun changed = verify();
		assertEquals(ExitCodes.FAILURE, changed.exitCode());
		assertTrue(changed.err().matches("madoguchi: Entry \\d+ was changed: what it holds no longer gives its hash\\..*\\n"), changed.err());
		CliRun json = verify("--json");
		assertEquals(ExitCodes.FAILURE, json.exitCode());
		assertTrue(json.out().contains("\"finding\": \"changed\""), json.out());

		DocumentedAuditChain.recompute(register);
		CliRun recomputed = verify();
		assertEquals(ExitCodes.OK, recomputed.exitCode(), "a chain inside the file can be recomputed by whoever writes the file");
		CliRun against = verify("--against", backup.toString());
		assertEquals(ExitCodes.FAILURE, against.exitCode(), against.out());
		assertTrue(against.err().startsWith("madoguchi: The trail was rewritten: entry "), against.err());
		assertTrue(against.err().contains(backup.toString()), against.err());
	}

	@Test
	void aTrailUntouchedSinceTheBackupHoldsAgainstIt() {
		Path backup = folder.resolve("before.zip");
		assertEquals(ExitCodes.OK, CliRun.of("--db", register.toString(), "backup", "--out", backup.toString()).exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", register.toString(), "number", "show", "3").exitCode());
		CliRun against = verify("--against", backup.toString());
		assertEquals(ExitCodes.OK, against.exitCode(), against.err());
		assertTrue(against.out().contains("the newest when " + backup + " was written, still holds the hash recorded there"), against.out());
	}
}
