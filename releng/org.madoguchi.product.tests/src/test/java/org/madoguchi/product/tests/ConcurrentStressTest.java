package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four processes at a time import overlapping files, search, count and report on one register for
 * 25 seconds, while every third of them is killed (SIGKILL) at a random moment and the others exit
 * when they are done, so that the register changes hands again and again. Kills spare the process
 * hosting the register: killing it loses its last 0.1 s of everybody's commits, which the README
 * does not promise to survive (an import beside it notices and reads its lost batches again, but
 * a search's audit entry may be gone). Afterwards every file is imported once more, the four at
 * once, as an operator does after a killed import, and the register holds exactly the distinct
 * residents of the files.
 */
class ConcurrentStressTest {

	private static final int SLOTS = 4;
	private static final long CHURN_NANOS = TimeUnit.SECONDS.toNanos(25);
	/** Four files of 2,000 residents, each overlapping the next by 500: 6,500 distinct residents. */
	private static final int FILES = 4;
	private static final int PER_FILE = 2_000;
	private static final int STEP = 1_500;
	private static final int DISTINCT = (FILES - 1) * STEP + PER_FILE;

	@TempDir
	Path folder;

	private record Running(Launcher.Started command, long killAtNanos) {
	}

	@Test
	void fourProcessesComingAndGoingLeaveExactCounts() throws Exception {
		String db = folder.resolve("db").toString();
		Launcher.createDemoRegister(folder, db);
		List<Path> files = new ArrayList<>();
		for (int file = 0; file < FILES; file++) {
			files.add(ResidentFiles.write(folder.resolve("residents-" + file + ".csv"), file * STEP, file * STEP + PER_FILE));
		}
		Random random = new Random(22);
		List<Running> running = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		int started = 0;
		int killed = 0;
		int finished = 0;
		long end = System.nanoTime() + CHURN_NANOS;
		while (System.nanoTime() < end || !running.isEmpty()) {
			for (Running each : List.copyOf(running)) {
				Process process = each.command().process();
				if (!process.isAlive()) {
					running.remove(each);
					Launcher.Run run = each.command().finish();
					finished++;
					if (run.exitCode() != 0) {
						failures.add(each.command().command() + " exited " + run.exitCode() + ": " + run.err());
					}
				} else if (each.killAtNanos() < System.nanoTime()
						&& RegisterHost.among(folder.resolve("db"), List.of(process)).isEmpty()) {
					running.remove(each);
					process.destroyForcibly();
					process.waitFor();
					killed++;
				}
			}
			while (System.nanoTime() < end && running.size() < SLOTS) {
				String[] command = switch (random.nextInt(4)) {
				case 0, 1 -> new String[] { "--db", db, "import", files.get(random.nextInt(FILES)).toString() };
				case 2 -> new String[] { "--db", db, "search", random.nextBoolean() ? "ヤマダ" : ResidentFiles.number(random.nextInt(DISTINCT)) };
				default -> random.nextBoolean() ? new String[] { "--db", db, "stats" }
						: new String[] { "--db", db, "report", "expiring", "--within", "365", "--out", folder.resolve("report-" + started + ".xlsx").toString() };
				};
				boolean kill = started % 3 == 1;
				long killAt = kill ? System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1_500 + random.nextInt(6_000)) : Long.MAX_VALUE;
				running.add(new Running(Launcher.start(folder, folder, command), killAt));
				started++;
			}
			Thread.sleep(100);
		}
		assertTrue(failures.isEmpty(), failures.size() + " of " + finished + " commands failed:\n" + String.join("\n", failures));
		assertTrue(finished >= SLOTS && killed >= 1, "processes exited and were killed: " + started + " started, " + killed + " killed");

		List<Launcher.Started> settling = new ArrayList<>();
		for (Path file : files) {
			settling.add(Launcher.start(folder, folder, "--db", db, "import", file.toString()));
		}
		for (Launcher.Started settle : settling) {
			Launcher.Run run = settle.finish();
			assertEquals(0, run.exitCode(), settle.command() + ": " + run.err());
		}
		assertEquals(DISTINCT, ConcurrentUseTest.residents(folder, db), "every resident once, none lost, none twice");
		Launcher.Run search = Launcher.run(folder, "--db", db, "search", ResidentFiles.number(STEP));
		assertEquals(1, search.out().lines().count(), "a resident of two files is there once: " + search.out());
	}
}
