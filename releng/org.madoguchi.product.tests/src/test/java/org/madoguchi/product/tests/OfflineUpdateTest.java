package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An office without network updates from the zipped update site on a USB stick: the installed
 * product takes a newer signed build and runs it at the next start; a damaged or unsigned file is
 * refused and changes nothing; {@code --revert} returns to the version before. The register is never touched.
 */
class OfflineUpdateTest {

	private static final Pattern VERSION = Pattern.compile("Madoguchi (\\d+\\.\\d+\\.\\d+) \\(build (\\S+)\\)");

	@TempDir
	Path folder;

	@Test
	void installsANewerSignedBuildFromTheZip() throws Exception {
		InstalledProduct product = InstalledProduct.unpack(Files.createDirectory(folder.resolve("installed")));
		String installed = version(product);
		Matcher stamp = VERSION.matcher(installed);
		assertTrue(stamp.find(), installed);
		String db = folder.resolve("db").toString();
		Launcher.Run demo = product.run(folder, "--db", db, "demo", "--residents", "3");
		assertEquals(0, demo.exitCode(), demo.err());
		String residentsBefore = residents(product, db);
		Launcher.Run nothingToRevert = product.run(folder, "--db", db, "update", "--revert", "--yes");
		assertEquals(1, nothingToRevert.exitCode(), nothingToRevert.out());
		assertTrue(nothingToRevert.err().contains("there is no earlier version to return to"), nothingToRevert.err());

		Path newer = UpdateRepositories.build(Files.createDirectory(folder.resolve("second-build")), stamp.group(2) + "_2",
				folder.resolve("second-build.log"));

		Launcher.Run tampered = product.run(folder, "--db", db, "update",
				UpdateRepositories.tampered(newer, folder.resolve("tampered.zip")).toString(), "--yes");
		assertEquals(1, tampered.exitCode(), tampered.out());
		assertTrue(tampered.err().contains("does not match its checksum"), tampered.err());
		Launcher.Run unsigned = product.run(folder, "--db", db, "update",
				UpdateRepositories.unsigned(newer, folder.resolve("unsigned.zip")).toString(), "--yes");
		assertEquals(1, unsigned.exitCode(), unsigned.out());
		assertTrue(unsigned.err().contains("is not signed"), unsigned.err());
		Launcher.Run notAnUpdate = product.run(folder, "--db", db, "update", Files.writeString(folder.resolve("notes.zip"), "notes").toString(), "--yes");
		assertEquals(1, notAnUpdate.exitCode(), notAnUpdate.out());
		assertTrue(notAnUpdate.err().contains("is not a Madoguchi update"), notAnUpdate.err());
		assertEquals(installed, version(product), "a refused file changes nothing");

		Launcher.Run update = product.run(folder, "--db", db, "update", newer.toString(), "--yes");
		assertEquals(0, update.exitCode(), update.err());
		assertTrue(update.out().contains("Installed: " + installed), update.out());
		assertTrue(update.out().contains("File:      Madoguchi " + stamp.group(1) + " (build " + stamp.group(2) + "_2)"), update.out());
		assertTrue(update.out().contains("Changes:"), update.out());
		assertEquals("Madoguchi " + stamp.group(1) + " (build " + stamp.group(2) + "_2)", version(product), "the next start runs the new version");
		assertEquals(residentsBefore, residents(product, db), "the register is not touched");

		Launcher.Run again = product.run(folder, "--db", db, "update", newer.toString(), "--yes");
		assertEquals(1, again.exitCode(), again.out());
		assertTrue(again.err().contains("not newer than the installed"), again.err());

		Launcher.Run revert = product.run(folder, "--db", db, "update", "--revert", "--yes");
		assertEquals(0, revert.exitCode(), revert.err());
		assertTrue(revert.out().contains("Back to:   " + installed), revert.out());
		assertEquals(installed, version(product), "the next start runs the version installed before, with no update site");
		assertEquals(residentsBefore, residents(product, db), "the register is not touched");
		Launcher.Run audit = product.run(folder, "--db", db, "audit");
		assertTrue(audit.out().contains("(revert)"), audit.out() + audit.err());
	}

	/** The register's first line of stats: how many residents it holds. */
	private String residents(InstalledProduct product, String db) throws Exception {
		Launcher.Run stats = product.run(folder, "--db", db, "stats");
		assertEquals(0, stats.exitCode(), stats.err());
		return stats.out().lines().findFirst().orElseThrow();
	}

	private static String version(InstalledProduct product) throws Exception {
		Launcher.Run version = product.run(product.home(), "--version");
		assertEquals(0, version.exitCode(), version.err());
		return version.out().strip();
	}
}
