package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.madoguchi.cli.internal.ExitCodes;

/** The benchmark brings its own command: the command line lists and runs it without requiring the benchmark. */
class ContributedCommandTest {

	@Test
	void benchIsListedAndExplainsItselfThoughTheCommandLineDoesNotRequireIt() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("../org.madoguchi.cli/META-INF/MANIFEST.MF"))) {
			String requires = new Manifest(in).getMainAttributes().getValue("Require-Bundle");
			assertFalse(requires.contains("org.madoguchi.bench"), requires);
		}
		CliRun top = CliRun.of("--help");
		assertTrue(top.out().matches("(?s).*\\n  bench +Measures import, search, report, print.*"), top.out());
		CliRun bench = CliRun.of("bench", "--help");
		assertEquals(ExitCodes.OK, bench.exitCode(), bench.err());
		assertTrue(bench.out().contains("Usage: madoguchi bench"), bench.out());
		assertTrue(bench.out().contains("--db"), "the global options reach a contributed command too: " + bench.out());
	}
}
