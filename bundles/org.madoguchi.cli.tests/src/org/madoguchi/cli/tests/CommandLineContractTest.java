package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

class CommandLineContractTest {

	@Test
	void versionNamesTheProductAndRelease() {
		CliRun run = CliRun.of("--version");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().matches("Madoguchi \\d+\\.\\d+\\.\\d+( \\(build \\w+\\))?\\R"), run.out());
		assertEquals("", run.err());
	}

	@Test
	void helpListsGlobalOptionsAndExitCodes() {
		CliRun run = CliRun.of("--help");
		assertEquals(ExitCodes.OK, run.exitCode());
		assertTrue(run.out().contains("--db"), run.out());
		assertTrue(run.out().contains("--operator"), run.out());
		assertTrue(run.out().contains("64  the command line was wrong"), run.out());
	}

	@Test
	void everyCommandExplainsItselfWithHelp() {
		CliRun run = CliRun.of("report", "--help");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("Usage: madoguchi report"), run.out());
		assertTrue(run.out().contains("--db"), run.out());

		CliRun top = CliRun.of("--help");
		assertTrue(top.out().contains("Without a command, ./madoguchi opens the workbench."), top.out());
		// each command is listed with its own summary, not the top command's description
		assertTrue(top.out().matches("(?s).*\\n  stats +Counts residents.*"), top.out());
		assertEquals(1, top.out().split("opens the workbench", -1).length - 1, top.out());
		// a summary is the first line of the description: a whole sentence, not a cut-off one
		String commands = top.out().substring(top.out().indexOf("Commands:") + "Commands:".length(), top.out().indexOf("Exit codes:"));
		for (String summary : commands.strip().split("\\R  (?=\\w)")) {
			assertTrue(summary.strip().endsWith("."), summary);
		}
	}

	@Test
	void unknownCommandIsAUsageErrorNamingTheWord() {
		CliRun run = CliRun.of("frobnicate");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("'frobnicate'"), run.err());
		assertTrue(run.err().contains("madoguchi --help"), run.err());
		assertEquals("", run.out());
	}

	@Test
	void globalOptionsWithoutACommandAreAUsageError() {
		CliRun run = CliRun.of("--db", "/tmp/nowhere");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("No command given"), run.err());
	}

	@Test
	void unknownOptionIsAUsageError() {
		CliRun run = CliRun.of("--colour", "blue");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertTrue(run.err().contains("--colour"), run.err());
	}

	@Test
	void aMistypedOptionIsNamedRatherThanTheOptionItWasMeantToBe() {
		CliRun run = CliRun.of("report", "expiring", "--within", "30", "--ot", "list.xlsx");
		assertEquals(ExitCodes.USAGE, run.exitCode());
		assertEquals("madoguchi: Unknown option: '--ot'\nRun 'madoguchi report expiring --help' for the commands and options.\n", run.err());
	}

	/** A demo register at {@code folder/db}: commands other than demo, init and restore create none. */
	private static String demoRegister(Path folder) {
		String db = folder.resolve("db").toString();
		assertEquals(0, CliRun.of("--db", db, "demo", "--residents", "0").exitCode());
		return db;
	}

	@Test
	void residentIdsMayBeSeparatedByCommas(@TempDir Path folder) {
		CliRun run = CliRun.of("--db", demoRegister(folder), "print", "cards", "--ids", "7,8", "--out",
				folder.resolve("cards.pdf").toString());
		assertEquals("madoguchi: There is no resident 7.\n", run.err(), "the IDs were read, and the first looked up");
		assertEquals(ExitCodes.FAILURE, run.exitCode());
	}

	@Test
	void aMissingOutputFolderIsNamedNotTheHiddenDraft(@TempDir Path folder) {
		Path out = folder.resolve("no-such-folder").resolve("residents.csv");
		CliRun run = CliRun.of("--db", demoRegister(folder), "export", out.toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertEquals("madoguchi: Cannot write " + out + ": " + out.getParent() + ": no such file or folder\n", run.err());
	}

	@Test
	void aMissingFileIsNamedWithoutAStackTrace(@TempDir Path folder) {
		CliRun run = CliRun.of("--db", demoRegister(folder), "import", folder.resolve("missing.csv").toString());
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertEquals("madoguchi: " + folder.resolve("missing.csv") + ": no such file or folder\n", run.err());
	}
}
