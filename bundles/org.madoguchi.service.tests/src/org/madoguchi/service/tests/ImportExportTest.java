package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.Household;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentImport.Summary;
import org.madoguchi.service.ResidentImport;
import org.madoguchi.service.ServiceException;

class ImportExportTest {

	private static final String HEADER = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
			+ "postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status\n";

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), TestDay.CLOCK);
	}

	@AfterEach
	void close() {
		register.close();
	}

	private Summary importRows(String name, String rows) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
		return register.imports().importFile(file, null, null, Progress.NONE);
	}

	private Resident byNumber(String number) {
		long id = register.queries().search(number, 1, 0).get(0).id();
		return register.residents().open(id);
	}

	@Test
	void importsGoodRowsAndExplainsBadOnesInTheRejectsFile() throws Exception {
		Summary summary = importRows("residents.csv", """
				123456789018,山田,花子,ヤマダ,ハナコ,S55.10.10,女,1000001,東京都,131016,千代田1丁目,1番1号,AB1,2020-04-20,2020-05-15,issued
				123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,
				""");
		assertEquals(new Summary(2, 1, 0, 0, 1, null, folder.resolve("residents.csv.rejects.csv")), summary);
		List<String> rejects = Files.readAllLines(summary.rejectsFile());
		assertTrue(rejects.get(0).startsWith("line,column,reason_ja,reason_en,individual_number,family_name"), rejects.get(0));
		assertTrue(rejects.get(1).startsWith("3,individual_number,チェックデジットが誤っています。"), rejects.get(1));
		assertTrue(rejects.get(1).endsWith(",123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,"),
				rejects.get(1));
		Resident yamada = byNumber("123456789018");
		assertEquals(LocalDate.of(2029, 10, 10), yamada.getCards().get(0).getExpiresOn(), "expiry from the rules");
		assertEquals(2, yamada.getCards().get(0).getCertificates().size());
	}

	@Test
	void reimportingTheSameFileChangesNothing() throws Exception {
		String rows = "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n";
		assertEquals(1, importRows("first.csv", rows).imported());
		Summary again = importRows("again.csv", rows);
		assertEquals(new Summary(1, 0, 0, 1, 0, null, null), again);
		assertEquals(1L, register.queries().counts().residents());
	}

	@Test
	void aChangedAddressBecomesANewHistoryEntry() throws Exception {
		importRows("first.csv", "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n");
		Summary moved = importRows("moved.csv", "123456789018,山田,花子,ﾔﾏﾀﾞ,ﾊﾅｺ,1980-10-10,女,1000005,東京都,131016,丸の内2丁目,3番4号,,,,\n");
		assertEquals(1, moved.updated());
		Resident yamada = byNumber("123456789018");
		assertEquals(List.of("1番1号", "3番4号"), yamada.getAddresses().stream().map(entry -> entry.getAddress().getNumber()).toList());
	}

	@Test
	void aChangedHouseholdMovesTheResidentAndMakesTheNewHead() throws Exception {
		String header = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,postal_code,prefecture,"
				+ "municipality_code,town,address_number,household_id,relationship\n";
		String hanako = "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,";
		String taro = "023456789013,山田,太郎,ヤマダ,タロウ,1978-01-02,男,1000001,東京都,131016,千代田1丁目,1番1号,";
		Files.writeString(folder.resolve("first.csv"), header + hanako + "H-0001,世帯主\n" + taro + "H-0001,夫\n");
		register.imports().importFile(folder.resolve("first.csv"), null, null, Progress.NONE);
		// 世帯変更届: she heads a household of her own, he heads the one she left
		Path changed = folder.resolve("changed.csv");
		Files.writeString(changed, header + hanako + "H-0002,世帯主\n" + taro + "H-0001,世帯主\n");
		assertEquals(2, register.imports().importFile(changed, null, null, Progress.NONE).updated());
		Household hers = (Household) byNumber("123456789018").getHousehold().eContainer();
		assertEquals("H-0002", hers.getId());
		assertEquals("世帯主", byNumber("023456789013").getHousehold().getRelationship());
		assertEquals(2, register.imports().importFile(changed, null, null, Progress.NONE).unchanged(), "applied once");
	}

	@Test
	void disagreeingFactsAreASuspectedMisLinkageAndChangeNothing() throws Exception {
		importRows("first.csv", "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n");
		Summary other = importRows("other.csv", "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-11,女,1000005,東京都,131016,丸の内2丁目,3番4号,,,,\n");
		assertEquals(1, other.rejected());
		String reject = Files.readAllLines(other.rejectsFile()).get(1);
		assertTrue(reject.contains("Suspected mis-linkage"), reject);
		assertTrue(reject.contains("birth_date differ"), reject);
		assertEquals(1, byNumber("123456789018").getAddresses().size(), "the stored resident is untouched");
	}

	@Test
	void theSecondRowWithTheSameNumberIsRejected() throws Exception {
		Summary summary = importRows("twice.csv", """
				123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,
				1234-5678-9018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,
				""");
		assertEquals(1, summary.rejected());
		assertTrue(Files.readAllLines(summary.rejectsFile()).get(1).contains("already on line 2"));
	}

	@Test
	void residentsWithoutANumberAreMatchedByAllFiveFacts() throws Exception {
		String row = ",田中,一,タナカ,ハジメ,1975-05-05,男,1000001,東京都,131016,千代田1丁目,2番1号,,,,\n";
		assertEquals(1, importRows("first.csv", row).imported());
		assertEquals(1, importRows("again.csv", row).unchanged());
		assertNull(register.residents().open(register.queries().search("たなか", 1, 0).get(0).id()).getIndividualNumber());
	}

	@Test
	void previewReadsAShiftJisFileAsTheImportWillAndChangesNothing() throws Exception {
		Path file = folder.resolve("sjis.csv");
		Files.write(file, (HEADER + "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田,1番1号,,,,\n"
				+ "023456789013,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田,1番2号,,,,\n")
				.getBytes(Charset.forName("windows-31j")));
		ResidentImport.Preview preview = register.imports().preview(file, null, 1);
		assertEquals("windows-31j", preview.encoding().name());
		assertEquals("individual_number", preview.header().get(0));
		assertEquals(1, preview.rows().size(), "only the rows asked for");
		assertEquals("山田", preview.rows().get(0).get(1));
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void aBrokenFileImportsNothing() throws Exception {
		Path file = folder.resolve("broken.csv");
		Files.writeString(file, HEADER + "123456789018,山田,花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田,1番1号,,,,\n"
				+ "023456789013,\"佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田,1番2号,,,,\n");
		assertThrows(ServiceException.class, () -> register.imports().importFile(file, null, null, Progress.NONE));
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void anInterruptedImportResumesAfterItsLastBatch() throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < 2_500; i++) {
			String base = String.format("900%08d", i);
			rows.append(base).append(IndividualNumber.checkDigit(base)).append(",山田,太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田,")
					.append(i + 1).append("番1号,,,,\n");
		}
		Path file = folder.resolve("big.csv");
		Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
		Summary interrupted = register.imports().importFile(file, null, null, new CancelAfter(1));
		assertEquals(new Summary(1_000, 1_000, 0, 0, 0, null, null), interrupted);
		Summary resumed = register.imports().importFile(file, null, null, Progress.NONE);
		assertEquals(new Summary(2_500, 1_500, 0, 0, 0, new ResidentImport.Earlier(1_000, 1_000, 0, 0, 0), null), resumed,
				"this run's rows, and what the earlier run had done, apart");
		assertEquals("read: 2500, imported: 1500, updated: 0, unchanged: 0, rejected: 0 "
				+ "(resumed after 1000 rows done by an earlier run: imported 1000, updated 0, unchanged 0, rejected 0)", resumed.text());
		assertEquals(2_500L, register.queries().counts().residents());
		assertTrue(register.queries().audit(null, null, 100).stream()
				.anyMatch(entry -> entry.operation().equals("import") && entry.detail().equals("big.csv: " + resumed.text())));
		assertEquals(new Summary(2_500, 0, 0, 2_500, 0, null, null), register.imports().importFile(file, null, null, Progress.NONE),
				"a finished file imported again starts afresh");
	}

	@Test
	void aValueLongerThanItsColumnRejectsItsRowAndTheRestIsImported() throws Exception {
		StringBuilder rows = new StringBuilder();
		for (int i = 1; i <= 3_000; i++) {
			String base = String.format("900%08d", i);
			String name = i == 2_500 ? "山".repeat(9_000) : "山田";
			rows.append(base).append(IndividualNumber.checkDigit(base)).append(',').append(name)
					.append(",太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田,").append(i).append("番1号,,,,\n");
		}
		Summary summary = importRows("long.csv", rows.toString());
		assertEquals(new Summary(3_000, 2_999, 0, 0, 1, null, folder.resolve("long.csv.rejects.csv")), summary);
		assertEquals(2_999L, register.queries().counts().residents());
		String rejects = Files.readString(summary.rejectsFile());
		String reject = rejects.lines().skip(1).findFirst().orElseThrow();
		assertTrue(reject.startsWith("2501,family_name,\"長すぎます: family_nameは9,000文字ですが、登録できるのは100文字までです。\","
				+ "\"Too long: family_name has 9,000 characters; the register keeps at most 100.\","), reject);
		assertTrue(reject.contains("山".repeat(9_000)), "the row as read");
		assertFalse(rejects.toLowerCase(Locale.ROOT).contains("insert") || rejects.contains("SQL"), "no SQL in any message");
		assertEquals(new Summary(3_000, 0, 0, 2_999, 1, null, folder.resolve("long.csv.rejects.csv")), importRows("long.csv", rows.toString()),
				"a second run gets past the row too");
	}

	@Test
	void controlCharactersInAFileRejectTheirRowsAndAreNeverStored() throws Exception {
		Summary summary = importRows("hostile.csv", """
				123456789018,"\u001b]0;pwned\u0007",花子,ヤマダ,ハナコ,1980-10-10,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,
				023456789013,山田,"太
				郎",ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,
				621498320257,山田,次郎,ヤマダ,ジロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目\u009b,1番3号,,,,
				""");
		assertEquals(3, summary.rejected());
		List<String> reasons = Files.readAllLines(summary.rejectsFile()).stream().filter(line -> line.matches("^\\d+,.*")).toList();
		assertEquals(3, reasons.size(), reasons.toString());
		assertTrue(reasons.get(0).startsWith("2,family_name,"), reasons.get(0));
		assertTrue(reasons.get(0).contains("Control character U+001B in family_name (character 1)"), reasons.get(0));
		assertTrue(reasons.get(1).startsWith("3,given_name,"), reasons.get(1));
		assertTrue(reasons.get(1).contains("Control character U+000A in given_name (character 2)"), reasons.get(1));
		assertTrue(reasons.get(2).contains("Control character U+009B in town"), reasons.get(2));
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void anExportImportedIntoAnEmptyDatabaseExportsTheSameFile() throws Exception {
		register.demo().fill(600, 3, Progress.NONE);
		Path first = folder.resolve("first.csv");
		assertEquals(600, register.exports().exportFile(first, "utf-8", Progress.NONE));
		try (Register empty = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("empty").toString()), Login.none(), TestDay.CLOCK)) {
			Summary summary = empty.imports().importFile(first, null, null, Progress.NONE);
			assertEquals(600, summary.imported(), String.valueOf(summary));
			Path second = folder.resolve("second.csv");
			empty.exports().exportFile(second, "utf-8", Progress.NONE);
			assertEquals(Files.readString(first), Files.readString(second));
			assertEquals(register.queries().counts().cards(), empty.queries().counts().cards());
		}
	}

	@Test
	void aFolderThatIsNotThereIsSaidInTheReadersLanguage() {
		Path out = folder.resolve("no-such-folder").resolve("residents.csv");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.exports().exportFile(out, "utf-8", Progress.NONE));
		assertEquals("Cannot write " + out + ": " + out.getParent() + ": no such file or folder", refused.problem().english());
		assertEquals(out.getParent() + " \u3092\u8aad\u307f\u66f8\u304d\u3067\u304d\u307e\u305b\u3093: "
				+ "\u305d\u306e\u30d5\u30a1\u30a4\u30eb\u307e\u305f\u306f\u30d5\u30a9\u30eb\u30c0\u30fc\u306f\u3042\u308a\u307e\u305b\u3093",
				refused.problem().japanese());
	}

	@Test
	void aNameTheEncodingLacksStopsTheExportAndLeavesTheEarlierFile() throws Exception {
		importRows("yoshino.csv", "123456789018,\uD842\uDFB7野,髙子,ヨシノ,タカコ,1980-01-01,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n"
				+ "023456789013,山田,太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,\n");
		Path out = folder.resolve("for-the-old-system.csv");
		Files.writeString(out, "yesterday's export\n");
		long yoshino = byNumber("123456789018").getId();
		ServiceException refused = assertThrows(ServiceException.class, () -> register.exports().exportFile(out, "cp932", Progress.NONE));
		assertEquals("Resident " + yoshino + " (\uD842\uDFB7野\u3000髙子): \"\uD842\uDFB7\" (U+20BB7) in family_name cannot be written in CP932. "
				+ "Nothing was written; export in utf-8 (or utf-8-bom for Excel) instead.", refused.getMessage());
		assertEquals("yesterday's export\n", Files.readString(out), "the earlier file is untouched");
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no draft is left");
		}
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("export")));
		assertEquals(2, register.exports().exportFile(out, "utf-8", Progress.NONE), "UTF-8 writes every name");
		assertTrue(Files.readString(out).contains("\uD842\uDFB7野"));
	}

	@Test
	void aCancelledExportLeavesNoFile() throws Exception {
		register.demo().fill(50, 3, Progress.NONE);
		Path out = folder.resolve("cancelled.csv");
		ServiceException refused = assertThrows(ServiceException.class,
				() -> register.exports().exportFile(out, "utf-8", new CancelAfter(0)));
		assertEquals("The export was cancelled; no file was written.", refused.getMessage());
		assertTrue(Files.notExists(out));
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no draft is left");
		}
	}

	@Test
	void theRejectsFileIsTheOwnersOnly() throws Exception {
		Summary summary = importRows("residents.csv", "123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,\n");
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(summary.rejectsFile())));
	}

	@Test
	void aRejectsFileThatIsALinkIsRefusedBeforeARowIsImported() throws Exception {
		Path file = folder.resolve("residents.csv");
		Files.writeString(file, HEADER + "123456789018,山田,花子,ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n"
				+ "123456789010,佐藤,一郎,サトウ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,\n");
		Path mine = Files.writeString(folder.resolve("notes.txt"), "my notes\n");
		Path link = Files.createSymbolicLink(folder.resolve("rejects.csv"), mine);
		ServiceException refused = assertThrows(ServiceException.class,
				() -> register.imports().importFile(file, null, link, Progress.NONE));
		assertTrue(refused.getMessage().startsWith(link + " is a symbolic link:"), refused.getMessage());
		assertEquals("my notes\n", Files.readString(mine));
		assertEquals(0L, register.queries().counts().residents(), "nothing was imported");
	}

	@Test
	void formulasAreNeutralisedInFilesForExcelAndTheRoundTripHolds() throws Exception {
		Path file = folder.resolve("formulas.csv");
		Files.writeString(file, """
				individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,postal_code,prefecture,municipality_code,town,address_number,building
				123456789018,"=HYPERLINK(""https://evil.example"",""x"")",@SUM(1),ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016,千代田1丁目,1番1号,+81 棟
				023456789013,'=quoted,'plain,サトウ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,-
				""", StandardCharsets.UTF_8);
		assertEquals(2, register.imports().importFile(file, null, null, Progress.NONE).imported());
		Path plain = folder.resolve("plain.csv");
		register.exports().exportFile(plain, "utf-8", Progress.NONE);
		assertTrue(Files.readString(plain).contains(",\"=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",@SUM(1),"), "utf-8 is written as is");
		for (boolean bom : List.of(true, false)) {
			Charset encoding = bom ? StandardCharsets.UTF_8 : Charset.forName("windows-31j");
			String named = bom ? "utf-8-bom" : "cp932";
			Path first = folder.resolve("excel-" + bom + ".csv");
			register.exports().exportFile(first, named, Progress.NONE);
			String text = Files.readString(first, encoding);
			assertTrue(text.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\",'@SUM(1),"), text);
			assertTrue(text.contains(",'+81 棟,"), text);
			assertTrue(text.contains(",''=quoted,'plain,"), "a leading quote before a formula gets one more; others stay: " + text);
			assertTrue(text.contains(",'-,"), text);
			try (Register empty = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("empty-" + bom).toString()), Login.none(), TestDay.CLOCK)) {
				assertEquals(2, empty.imports().importFile(first, null, null, Progress.NONE).imported());
				Resident yamada = empty.residents().open(empty.queries().search("123456789018", 1, 0).get(0).id());
				assertEquals("=HYPERLINK(\"https://evil.example\",\"x\")", yamada.getFamilyName());
				assertEquals("'=quoted", empty.residents().open(empty.queries().search("023456789013", 1, 0).get(0).id()).getFamilyName());
				Path second = folder.resolve("again-" + bom + ".csv");
				empty.exports().exportFile(second, named, Progress.NONE);
				assertEquals(text, Files.readString(second, encoding));
			}
		}
	}
}
