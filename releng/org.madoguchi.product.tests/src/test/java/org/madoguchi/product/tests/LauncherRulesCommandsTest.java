package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** number check and expiry as a batch operator runs them, through the launcher. */
class LauncherRulesCommandsTest {

	@TempDir
	Path elsewhere;

	@Test
	void numberCheckReportsEachNumberAndExitsOneOnAnInvalidOne() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "number", "check", "123456789018", "１２３４-５６７８-９０１０");
		assertEquals(1, run.exitCode(), run.err());
		assertEquals("123456789018 valid\n１２３４-５６７８-９０１０ invalid: Wrong check digit: the last digit is 0, "
				+ "but the check digit of the first 11 digits is 8.\n", run.out());
		assertEquals("", run.err());
	}

	@Test
	void expiryAsJson() throws Exception {
		Launcher.Run run = Launcher.run(elsewhere, "expiry", "--birth", "1980-10-10", "--issued", "2020-05-15", "--json");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("\"card\": \"2029-10-10\""), run.out());
		assertTrue(run.out().contains("\"signatureCertificate\": \"2024-10-10\""), run.out());
	}
}
