package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo, search, stats, audit, backup and restore as a batch operator runs them. */
class LauncherStoreCommandsTest {

	@TempDir
	Path folder;

	private String db(String name) {
		return folder.resolve(name).toString();
	}

	@Test
	void demoThenSearchStatsBackupAndRestore() throws Exception {
		Launcher.Run demo = Launcher.run(folder, "--db", db("demo"), "demo", "--residents", "3000");
		assertEquals(0, demo.exitCode(), demo.err());
		assertTrue(demo.out().startsWith("Added 3000 synthetic residents (seed 1)"), demo.out());

		Launcher.Run stats = Launcher.run(folder, "--db", db("demo"), "stats", "--json");
		assertTrue(stats.out().contains("\"residents\": 3000"), stats.out());
		assertTrue(stats.out().contains("\"households\": 1000"), stats.out());

		Launcher.Run search = Launcher.run(folder, "--db", db("demo"), "search", "000000000051", "--json");
		assertEquals(0, search.exitCode(), search.err());
		assertTrue(search.out().contains("\"individualNumber\": \"●●●● ●●●● 0051\""), search.out());
		assertTrue(!search.out().contains("000000000051"), "the full number never appears in a search");

		Path backup = folder.resolve("demo.zip");
		assertEquals(0, Launcher.run(folder, "--db", db("demo"), "backup", "--out", backup.toString()).exitCode());
		Launcher.Run restore = Launcher.run(folder, "--db", db("copy"), "restore", backup.toString());
		assertEquals(0, restore.exitCode(), restore.err());
		assertTrue(Launcher.run(folder, "--db", db("copy"), "stats", "--json").out().contains("\"residents\": 3000"));

		Path report = folder.resolve("expiring.xlsx");
		Launcher.Run expiring = Launcher.run(folder, "--db", db("demo"), "report", "expiring", "--within", "365", "--as-of", "2026-11-27",
				"--out", report.toString());
		assertEquals(0, expiring.exitCode(), expiring.err());
		assertTrue(expiring.out().matches("Wrote \\d+ rows to .*expiring.xlsx\n"), expiring.out());
		assertTrue(Files.size(report) > 10_000);
		assertTrue(!expiring.err().contains("Log4j"), expiring.err());

		Path cards = folder.resolve("ready.pdf");
		Launcher.Run print = Launcher.run(folder, "--db", db("demo"), "print", "cards", "--status", "ready", "--sheet", "a4", "--out",
				cards.toString());
		assertEquals(0, print.exitCode(), print.err());
		assertTrue(print.out().matches("Printed \\d+ cards to .*ready.pdf\n"), print.out());
		Launcher.Run masking = Launcher.run(folder, "--db", db("demo"), "print", "masking", "--all", "--out",
				folder.resolve("masking.pdf").toString());
		assertEquals(0, masking.exitCode(), masking.err());
		Launcher.Run neither = Launcher.run(folder, "--db", db("demo"), "print", "cards", "--out", cards.toString());
		assertEquals(64, neither.exitCode(), "one of --ids, --batch, --status is required");

		Launcher.Run audit = Launcher.run(folder, "--db", db("demo"), "audit");
		assertTrue(audit.out().contains("\tbatch\tdemo\t-\t3000 synthetic residents (seed 1)"), audit.out());
		assertTrue(audit.out().contains("\tbatch\tbackup\t"), audit.out());
	}

	@Test
	void commandsOtherThanDemoInitAndRestoreCreateNoRegister() throws Exception {
		Path csv = ResidentFiles.write(folder.resolve("base.csv"), 0, 10);
		Launcher.Run mistyped = Launcher.run(folder, "--db", db("offfice"), "import", csv.toString());
		assertEquals(1, mistyped.exitCode(), mistyped.err());
		assertEquals("madoguchi: There is no register at " + db("offfice") + "; nothing was created. Make one on purpose: init --secure for a "
				+ "production register, demo for a training register.\n", mistyped.err());
		assertTrue(!Files.exists(folder.resolve("offfice")), "a mistyped --db leaves nothing behind");

		Launcher.Run shortPassword = Launcher.run(folder, Map.of("MADOGUCHI_PASSWORD", "short"), "--db", db("office"), "--operator", "sato",
				"init", "--secure");
		assertEquals(1, shortPassword.exitCode());
		for (String[] command : new String[][] { { "import", csv.toString() }, { "stats" }, { "search", "ヤマダ" }, { "audit" } }) {
			String[] args = new String[command.length + 2];
			args[0] = "--db";
			args[1] = db("office");
			System.arraycopy(command, 0, args, 2, command.length);
			Launcher.Run refused = Launcher.run(folder, args);
			assertEquals(1, refused.exitCode(), command[0] + ": " + refused.err());
			assertTrue(refused.err().contains("There is no register at " + db("office")), refused.err());
		}
		assertTrue(!Files.exists(folder.resolve("office").resolve("madoguchi.mv.db")), "no open register holds the residents");
	}

	@Test
	void productionDatabaseNeedsTheOperatorsPassword() throws Exception {
		Map<String, String> password = Map.of("MADOGUCHI_PASSWORD", "supervisor-pass");
		Launcher.Run init = Launcher.run(folder, password, "--db", db("office"), "--operator", "sato", "init", "--secure");
		assertEquals(0, init.exitCode(), init.err());
		assertTrue(init.out().contains("encrypted at rest; first supervisor: sato"), init.out());

		Launcher.Run anonymous = Launcher.run(folder, "--db", db("office"), "stats");
		assertEquals(1, anonymous.exitCode());
		assertTrue(anonymous.err().contains("production database"), anonymous.err());

		Launcher.Run wrong = Launcher.run(folder, Map.of("MADOGUCHI_PASSWORD", "nope"), "--db", db("office"), "--operator", "sato", "stats");
		assertEquals(1, wrong.exitCode());
		assertEquals("madoguchi: Unknown operator or wrong password.\n", wrong.err());

		Launcher.Run demo = Launcher.run(folder, password, "--db", db("office"), "--operator", "sato", "demo", "--residents", "10");
		assertEquals(1, demo.exitCode());
		assertTrue(demo.err().contains("never into a production one"), demo.err());

		Launcher.Run stats = Launcher.run(folder, password, "--db", db("office"), "--operator", "sato", "stats", "--json");
		assertEquals(0, stats.exitCode(), stats.err());
		assertTrue(stats.out().contains("\"residents\": 0"), stats.out());
	}

	@Test
	void aClerkCannotRestoreASupervisorsBackupAndTheSupervisorsRestoreIsAudited() throws Exception {
		Map<String, String> supervisor = Map.of("MADOGUCHI_PASSWORD", "supervisor-pass", "MADOGUCHI_NEW_PASSWORD", "clerk-password");
		assertEquals(0, Launcher.run(folder, supervisor, "--db", db("office"), "--operator", "sato", "init", "--secure").exitCode());
		assertEquals(0, Launcher.run(folder, supervisor, "--db", db("office"), "--operator", "sato", "operator", "add", "suzuki", "--role",
				"clerk").exitCode());
		Path backup = folder.resolve("office.zip");
		assertEquals(0, Launcher.run(folder, supervisor, "--db", db("office"), "--operator", "sato", "backup", "--out", backup.toString())
				.exitCode());

		Map<String, String> clerk = Map.of("MADOGUCHI_PASSWORD", "clerk-password");
		Launcher.Run refused = Launcher.run(folder, clerk, "--db", db("copy"), "--operator", "suzuki", "restore", backup.toString());
		assertEquals(1, refused.exitCode(), refused.err());
		assertEquals("madoguchi: The operator suzuki (clerk) may not restore backups.\n", refused.err());
		assertTrue(!Files.exists(folder.resolve("copy")), "nothing was restored");

		Launcher.Run restored = Launcher.run(folder, supervisor, "--db", db("copy"), "--operator", "sato", "restore", backup.toString());
		assertEquals(0, restored.exitCode(), restored.err());
		Launcher.Run audit = Launcher.run(folder, supervisor, "--db", db("copy"), "--operator", "sato", "audit");
		assertTrue(audit.out().contains("\tsato\trestore\t-\trestored from " + backup + " into " + db("copy") + "\n"), audit.out());
	}

	@Test
	void operatorAddOnAnOpenRegisterIsRefused() throws Exception {
		assertEquals(0, Launcher.run(folder, "--db", db("demo"), "init").exitCode());
		Launcher.Run add = Launcher.run(folder, Map.of("MADOGUCHI_NEW_PASSWORD", "clerk-password"), "--db", db("demo"), "operator", "add",
				"suzuki", "--role", "clerk");
		assertEquals(1, add.exitCode(), add.err());
		assertTrue(add.err().contains("An open demo register has no logins"), add.err());
		assertEquals("", add.out());
		Launcher.Run asSato = Launcher.run(folder, "--db", db("demo"), "--operator", "sato", "stats");
		assertEquals(1, asSato.exitCode(), asSato.err());
		assertTrue(asSato.err().contains("--operator sato is not used"), asSato.err());
	}
}
