package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a demo fill: the database opens, holds exactly the committed batches
 * (whole households, every resident with its rows), and running the command again completes it.
 */
class CrashSafetyTest {

	private static final int RESIDENTS = 20_000;
	private static final int BATCH = 2_000;
	private static final Pattern COUNT = Pattern.compile("\"(residents|households|certificates)\": (\\d+)");

	@TempDir
	Path folder;

	@Test
	void killedDemoFillLeavesWholeBatchesAndResumes() throws Exception {
		String db = folder.resolve("db").toString();
		Process fill = Launcher.builder(folder, "--db", db, "demo", "--residents", String.valueOf(RESIDENTS))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try (BufferedReader progress = new BufferedReader(new InputStreamReader(fill.getErrorStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = progress.readLine()) != null && !line.startsWith("demo: residents: " + 2 * BATCH + " of")) {
				// wait until two batches are committed, then kill in the middle of the third
			}
		}
		fill.destroyForcibly();
		assertTrue(fill.waitFor(30, TimeUnit.SECONDS));

		long residents = count(db, "residents");
		// H2 writes commits within 0.1 s, so the last reported batch may be lost with the process; never part of one.
		assertTrue(residents >= BATCH && residents < RESIDENTS && residents % BATCH == 0, "a whole number of batches: " + residents);
		assertEquals((residents + 2) / 3, count(db, "households"));

		Launcher.Run again = Launcher.run(folder, "--db", db, "demo", "--residents", String.valueOf(RESIDENTS));
		assertEquals(0, again.exitCode(), again.err());
		assertEquals(RESIDENTS, count(db, "residents"));
		assertEquals((RESIDENTS + 2) / 3, count(db, "households"));
	}

	private long count(String db, String what) throws Exception {
		Launcher.Run stats = Launcher.run(folder, "--db", db, "stats", "--json");
		assertEquals(0, stats.exitCode(), stats.err());
		Matcher matcher = COUNT.matcher(stats.out());
		while (matcher.find()) {
			if (matcher.group(1).equals(what)) {
				return Long.parseLong(matcher.group(2));
			}
		}
		throw new AssertionError(what + " not in " + stats.out());
	}
}
