package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

/** {@code audit export}: the entries of some days with their hashes, which the README's rule recomputes and chains. */
class AuditExportCommandTest {

	@TempDir
	Path folder;

	@Test
	void theArchiveHoldsEachEntryWithHashesTheDocumentedRuleGivesAndRemovesNothing() throws Exception {
		String db = folder.resolve("demo").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "demo", "--residents", "2").exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "number", "show", "2").exitCode());
		Path archive = folder.resolve("trail.csv");
		// every day a register can hold, so that the test does not depend on the day it runs
		CliRun export = CliRun.of("--db", db, "audit", "export", "--from", "1868-01-01", "--until", "2200-12-31", "--out", archive.toString());
		assertEquals(ExitCodes.OK, export.exitCode(), export.err());
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(archive)));
		List<String> lines = Files.readAllLines(archive, StandardCharsets.UTF_8);
		int entries = lines.size() - 1;
		assertEquals(entries + " entries written to " + archive + "\n", export.out());
		assertEquals("id,at,operator,operation,resident,detail,previous_hash,entry_hash", lines.get(0));
		String previous = "0".repeat(64);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",");
			assertEquals(previous, fields[6], "each entry links to the one before it");
			assertEquals(DocumentedAuditChain.hash(fields[6], fields[1], fields[2], fields[3], fields[4].isEmpty() ? null : fields[4],
					fields[5].isEmpty() ? null : fields[5]), fields[7], "the README's rule gives the entry's hash");
			previous = fields[7];
		}
		assertTrue(lines.get(entries).contains(",batch,show-number,2,displayed the Individual Number,"), lines.get(entries));
		CliRun nothing = CliRun.of("--db", db, "audit", "export", "--from", "1900-01-01", "--until", "1900-01-31", "--out",
				folder.resolve("none.csv").toString());
		assertEquals("0 entries written to " + folder.resolve("none.csv") + "\n", nothing.out());
		CliRun trail = CliRun.of("--db", db, "audit");
		assertTrue(trail.out().contains("\tbatch\taudit-export\t-\t" + entries + " entries from 1868-01-01 to 2200-12-31 to " + archive), trail.out());
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "audit", "verify").exitCode(), "exporting removed nothing");
	}

	@Test
	void anUntilBeforeTheFromIsAUsageError() {
		String db = folder.resolve("demo").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "demo", "--residents", "0").exitCode());
		CliRun run = CliRun.of("--db", db, "audit", "export", "--from", "2026-12-01", "--until", "2026-11-30", "--out",
				folder.resolve("f.csv").toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("madoguchi: --until 2026-11-30 lies before --from 2026-12-01\n", run.err());
	}
}
