package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

class PrintNoticesCommandTest {

	@TempDir
	Path folder;

	private String demo(int residents) {
		String db = folder.resolve("db").toString();
		assertEquals(0, CliRun.of("--db", db, "demo", "--residents", String.valueOf(residents)).exitCode());
		return db;
	}

	@Test
	void everyCardReadyForPickupGetsItsLetter() throws Exception {
		String db = demo(60);
		Path pdf = folder.resolve("notices.pdf");
		CliRun run = CliRun.of("--db", db, "print", "notices", "--status", "ready", "--window", "区民課 3番窓口", "--out", pdf.toString());
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().matches("Printed [1-9]\\d* pickup notices to " + pdf.toAbsolutePath() + "\\R"), run.out());
		assertTrue(Files.size(pdf) > 5_000);
		CliRun audit = CliRun.of("--db", db, "audit");
		assertTrue(audit.out().contains("print-pickup-notice"), audit.out());
	}

	@Test
	void withNoCardReadyNothingIsWrittenAndTheCommandFails() {
		Path pdf = folder.resolve("none.pdf");
		CliRun run = CliRun.of("--db", demo(0), "print", "notices", "--status", "ready", "--out", pdf.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertEquals("madoguchi: There is nothing to print.\n", run.err());
		assertFalse(Files.exists(pdf));
	}

	@Test
	void exactlyOneChoiceOfCardsIsAsked() {
		CliRun run = CliRun.of("--db", folder.resolve("db").toString(), "print", "notices", "--out", folder.resolve("n.pdf").toString());
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("--batch") && run.err().contains("--status"), run.err());
		assertFalse(Files.exists(folder.resolve("db")), "the register is not touched");
	}
}
