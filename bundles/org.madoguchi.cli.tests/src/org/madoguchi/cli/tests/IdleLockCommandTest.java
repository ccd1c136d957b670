package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

/** {@code office idle-lock [MINUTES]}: the office's idle lock, as Window > Preferences sets it, on the command line too. */
class IdleLockCommandTest {

	@TempDir
	Path folder;

	@Test
	void theIdleLockIsPrintedSetAndAudited() {
		String db = folder.resolve("register").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", db, "demo", "--residents", "1").exitCode());
		assertEquals("The counter locks after 5 minutes without use\n", CliRun.of("--db", db, "office", "idle-lock").out(), "the default");
		assertEquals("The counter locks after 12 minutes without use\n", CliRun.of("--db", db, "office", "idle-lock", "12").out());
		assertEquals("The counter locks after 12 minutes without use\n", CliRun.of("--db", db, "office", "idle-lock").out(), "kept in the register");
		CliRun never = CliRun.of("--db", db, "office", "idle-lock", "0");
		assertEquals(ExitCodes.OK, never.exitCode(), never.err());
		assertEquals("The counter is never locked for being idle\n", never.out());
		JsonArray trail = JsonParser.parseString(CliRun.of("--db", db, "audit", "--json").out()).getAsJsonArray();
		assertTrue(trail.toString().contains("\"set-idle-lock\""), "each change is audited: " + trail);
	}
}
