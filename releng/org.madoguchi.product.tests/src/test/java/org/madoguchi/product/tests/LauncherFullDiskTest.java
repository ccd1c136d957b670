package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A register on a disk that fills up, made real with a small tmpfs (mounting it needs root, as
 * CI runs): the failure is said in words, and the register can still be read.
 */
class LauncherFullDiskTest {

	@TempDir
	Path folder;

	@Test
	void aFullDiskIsSaidInWordsAndTheRegisterIsStillRead() throws Exception {
		Path disk = Files.createDirectories(folder.resolve("disk"));
		Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()).inheritIO().start();
		assertEquals(0, mount.waitFor(), "mounting an 8 MB tmpfs (needs root, as in CI)");
		try {
			String db = disk.resolve("db").toString();
			String full = "madoguchi: The disk holding the register is full \\(0 MB free\\)\\. Free some space, then do it again\\.\\n";
			Launcher.Run fill = Launcher.run(folder, "--db", db, "demo", "--residents", "20000");
			assertEquals(1, fill.exitCode(), fill.err());
			assertTrue(fill.err().lines().reduce((first, last) -> last).orElse("").matches(full.substring(0, full.length() - 2)), fill.err());
			assertTrue(!fill.err().contains("MVStore") && !fill.err().contains("insert into"), fill.err());

			Launcher.Run stats = Launcher.run(folder, "--db", db, "stats", "--json");
			assertEquals(0, stats.exitCode(), stats.err());
			assertTrue(stats.out().matches("(?s).*\"residents\": [1-9]\\d*,.*"), stats.out());
			Launcher.Run search = Launcher.run(folder, "--db", db, "search", "000000000051");
			assertEquals(0, search.exitCode(), search.err());
			assertTrue(search.out().contains("●●●● ●●●● 0051"), search.out());

			Launcher.Run more = Launcher.run(folder, "--db", db, "demo", "--residents", "30000");
			assertEquals(1, more.exitCode(), more.err());
			assertTrue(more.err().matches(full), more.err());
		} finally {
			new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
		}
	}
}
