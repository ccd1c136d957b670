package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract the README documents, through the real launcher and product. */
class LauncherCommandLineTest {

	@TempDir
	Path elsewhere;

	@Test
	void versionPrintsTheReleaseAndNothingElse() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "--version");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().matches("Madoguchi 0\\.1\\.0 \\(build \\d{12}\\)\\n"), run.out());
		assertEquals("", run.err(), "no framework noise on stderr");
	}

	@Test
	void helpDescribesTheCommandLine() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "--help");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Madoguchi: resident register"), run.out());
		assertTrue(run.out().contains("--db=PATH|URL"), run.out());
	}

	@Test
	void unknownCommandExitsWithUsageError() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "--db", elsewhere.resolve("db").toString(), "frobnicate");
		assertEquals(64, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().startsWith("madoguchi: Unmatched argument at index 2: 'frobnicate'"), run.err());
	}

	@Test
	void aDatabaseOptionWithoutItsValueIsAUsageErrorNotTheWorkbench() throws Exception {
		for (String option : new String[] { "--db", "--operator" }) {
			Launcher.Run run = Launcher.run(elsewhere, option);
			assertEquals(64, run.exitCode(), run.err());
			assertTrue(run.err().startsWith("madoguchi: Missing required parameter for option '" + option + "'"), run.err());
			assertEquals("", run.out());
		}
	}

	@Test
	void jvmOptionsPassThroughToJava() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "-J-Xmx64m", "--version");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Madoguchi "), run.out());
	}
}
