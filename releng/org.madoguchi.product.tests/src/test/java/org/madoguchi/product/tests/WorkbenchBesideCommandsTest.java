package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench and the batch operator on one register: the workbench hosts it (H2's server
 * mode), a command works beside it, and a command still running when the workbench closes
 * carries on with exact counts. The workbench the launcher starts has the Japanese font the
 * product ships, whatever fonts the desktop has.
 */
class WorkbenchBesideCommandsTest {

	@TempDir
	Path folder;

	@Test
	void commandsRunBesideTheWorkbenchAndOutliveIt() throws Exception {
		Path db = folder.resolve("db");
		Launcher.createDemoRegister(folder, db.toString());
		ProcessBuilder opening = Launcher.builder(folder, "--db", db.toString()).redirectErrorStream(true)
				.redirectOutput(folder.resolve("workbench.log").toFile());
		// the workbench keeps its own state under XDG_DATA_HOME: a folder of the test's, not the user's
		opening.environment().put("XDG_DATA_HOME", folder.resolve("data").toString());
		opening.environment().remove("FONTCONFIG_FILE");
		Process workbench = opening.start();
		try {
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (RegisterHost.among(db, List.of(workbench)).isEmpty()) {
				assertTrue(workbench.isAlive(), "the workbench ended before it opened the register");
				assertTrue(System.nanoTime() < until, "the workbench did not open the register within 90 s");
				Thread.sleep(200);
			}
			assertTheWorkbenchHasTheJapaneseFont(workbench, folder.resolve("data/madoguchi/fonts.conf"));

			Path first = ResidentFiles.write(folder.resolve("first.csv"), 0, 500);
			Launcher.Run beside = Launcher.run(folder, "--db", db.toString(), "import", first.toString());
			assertEquals(0, beside.exitCode(), beside.err());
			assertTrue(beside.out().startsWith("read: 500, imported: 500"), beside.out());
			assertTrue(RegisterHost.among(db, List.of(workbench)).isPresent(), "the workbench still hosts the register");

			Path second = ResidentFiles.write(folder.resolve("second.csv"), 500, 8_500);
			Launcher.Started importing = Launcher.start(folder, folder, "--db", db.toString(), "import", second.toString());
			Thread.sleep(3_000);
			workbench.destroy();
			assertTrue(workbench.waitFor(60, TimeUnit.SECONDS), "the workbench closes");
			Launcher.Run outlived = importing.finish();
			assertEquals(0, outlived.exitCode(), "the import goes on when the workbench that hosted the register closes: " + outlived.err());
		} finally {
			workbench.destroyForcibly();
		}
		assertEquals(8_500, ConcurrentUseTest.residents(folder, db.toString()), "every resident of both files, once");
	}

	/** On a desktop without a Japanese font too: the launcher has fontconfig read the font the product ships. */
	private static void assertTheWorkbenchHasTheJapaneseFont(Process workbench, Path fontsConf) throws Exception {
		String environment = Files.readString(Path.of("/proc", String.valueOf(workbench.pid()), "environ"));
		assertTrue(environment.contains("FONTCONFIG_FILE=" + fontsConf + "\0"), "the workbench reads the launcher's font configuration");
		Matcher dir = Pattern.compile("<dir>(.*)</dir>").matcher(Files.readString(fontsConf));
		assertTrue(dir.find(), Files.readString(fontsConf));
		assertTrue(Files.isRegularFile(Path.of(dir.group(1)).resolve("ipaexg.ttf")), "the font lies where the configuration says: " + dir.group(1));
		assertTrue(Files.readString(fontsConf).contains("<include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>"),
				"after the desktop's own fonts");
	}
}
