package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench and the batch operator on one register: the workbench hosts it (H2's server
 * mode), a command works beside it, and a command still running when the workbench closes
 * carries on with exact counts.
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
		Process workbench = opening.start();
		try {
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
			while (RegisterHost.among(db, List.of(workbench)).isEmpty()) {
				assertTrue(workbench.isAlive(), "the workbench ended before it opened the register");
				assertTrue(System.nanoTime() < until, "the workbench did not open the register within 90 s");
				Thread.sleep(200);
			}

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
}
