package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several real processes on one embedded register. The first to open it hosts it for the others
 * (H2's AUTO_SERVER); when it exits, or is killed, the others carry on through the next host, and
 * nobody's work is lost or counted twice.
 */
class ConcurrentUseTest {

	private static final Pattern RESIDENTS = Pattern.compile("\"residents\": (\\d+)");

	@TempDir
	Path folder;

	private String db() {
		return folder.resolve("db").toString();
	}

	static long residents(Path folder, String db) throws Exception {
		Launcher.Run stats = Launcher.run(folder, "--db", db, "stats", "--json");
		assertEquals(0, stats.exitCode(), stats.err());
		Matcher matcher = RESIDENTS.matcher(stats.out());
		assertTrue(matcher.find(), stats.out());
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void commandsStartedTogetherOnAnEmptyFolderMakeOneRegisterOrNone() throws Exception {
		Path base = ResidentFiles.write(folder.resolve("base.csv"), 0, 500);
		Launcher.Started importing = Launcher.start(folder, folder, "--db", db(), "import", base.toString());
		Launcher.Started counting = Launcher.start(folder, folder, "--db", db(), "stats");
		Launcher.Run imported = importing.finish();
		Launcher.Run counted = counting.finish();
		assertEquals(1, imported.exitCode(), "import creates no register: " + imported.err());
		assertEquals(1, counted.exitCode(), "neither does stats: " + counted.err());
		assertTrue(!Files.exists(folder.resolve("db").resolve("madoguchi.mv.db")));

		List<Launcher.Started> fills = new ArrayList<>();
		for (int fill = 0; fill < 3; fill++) {
			fills.add(Launcher.start(folder, folder, "--db", db(), "demo", "--residents", "3000"));
		}
		for (Launcher.Started fill : fills) {
			Launcher.Run run = fill.finish();
			assertEquals(0, run.exitCode(), run.err());
			assertTrue(run.out().endsWith("the database holds 3000 residents.\n"), run.out());
		}
		assertEquals(3000, residents(folder, db()), "one register, filled once: no fill wrote into a replaced file");
		try (var files = Files.list(folder.resolve("db"))) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().startsWith(".creating")), "no scratch folder is left");
		}
	}

	@Test
	void anImportSurvivesTheHostingImportExitingFirst() throws Exception {
		// stopped with SIGTERM: Java shuts down and H2 closes the register as at a normal exit
		importBesideAHostThatGoes(Process::destroy);
	}

	@Test
	void anImportSurvivesTheHostingProcessKilled() throws Exception {
		// SIGKILL: the host's last 0.1 s of commits, the other import's included, may be lost with it
		importBesideAHostThatGoes(Process::destroyForcibly);
	}

	/**
	 * A second import works through the first, which hosts the register, and the first goes while
	 * the second is in the middle of its batches: the second finishes with exact counts, and the
	 * register holds whole batches of the first.
	 */
	private void importBesideAHostThatGoes(Consumer<Process> stop) throws Exception {
		Launcher.createDemoRegister(folder, db());
		// long enough that the second import starts and commits a batch before the first ends
		Path first = ResidentFiles.write(folder.resolve("first.csv"), 0, 40_000);
		Path second = ResidentFiles.write(folder.resolve("second.csv"), 40_000, 43_000);
		Launcher.Started host = Launcher.start(folder, folder, "--db", db(), "import", first.toString());
		awaitProgress(host, "import: rows: 1000 of");
		Launcher.Started beside = Launcher.start(folder, folder, "--db", db(), "import", second.toString());
		awaitProgress(beside, "import: rows: 1000 of");
		assertTrue(host.process().isAlive(), "the second import committed a batch through the first one");
		assertTrue(beside.process().isAlive(), "the second import is in the middle of its batches");
		stop.accept(host.process());
		host.finish();
		Launcher.Run survivor = beside.finish();
		assertEquals(0, survivor.exitCode(), survivor.err());
		assertEquals("read: 3000, imported: 3000, updated: 0, unchanged: 0, rejected: 0\n", survivor.out());
		long hostsBatches = residents(folder, db()) - 3_000;
		assertTrue(hostsBatches >= 1_000 && hostsBatches % 1_000 == 0, "the first import's committed batches, whole: " + hostsBatches);
	}

	/** Waits until the command's progress on stderr shows {@code line}, failing if it ends first. */
	static void awaitProgress(Launcher.Started command, String line) throws Exception {
		while (!Files.readString(command.err(), StandardCharsets.UTF_8).contains(line)) {
			assertTrue(command.process().isAlive(), command.command() + " ended before " + line + ": " + Files.readString(command.err()));
			Thread.sleep(50);
		}
	}

	@Test
	void commandsBesideALongRunningHostAndAfterItExitAllSucceed() throws Exception {
		Launcher.createDemoRegister(folder, db());
		Path big = ResidentFiles.write(folder.resolve("big.csv"), 0, 15_000);
		// the long import stands for the workbench: a process that holds the register open and hosts it
		Launcher.Started holder = Launcher.start(folder, folder, "--db", db(), "import", big.toString());
		int searches = 0;
		while (holder.process().isAlive() || searches < 3) {
			Launcher.Run search = Launcher.run(folder, "--db", db(), "search", "ヤマダ", "--limit", "5");
			assertEquals(0, search.exitCode(), "search " + searches + ": " + search.err());
			searches++;
			Launcher.Run stats = Launcher.run(folder, "--db", db(), "stats");
			assertEquals(0, stats.exitCode(), stats.err());
		}
		Launcher.Run imported = holder.finish();
		assertEquals(0, imported.exitCode(), imported.err());
		assertEquals(15_000, residents(folder, db()));
	}
}
