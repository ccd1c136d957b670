package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.exchange.csv.ResidentFileException;
import org.madoguchi.model.Household;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.DemoFill;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentExport;
import org.madoguchi.service.ResidentImport;
import org.madoguchi.service.ResidentImport.Summary;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.DatabaseLocation;

class ImportExportTest {

	private static final String HEADER = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
			+ "postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status\n";

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none());
	}

	@AfterEach
	void close() {
		register.close();
	}

	private Summary importRows(String name, String rows) throws Exception {
		Path file = folder.resolve(name);
		Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
		return new ResidentImport(register).importFile(file, null, null, Progress.NONE);
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
		assertEquals(new Summary(2, 1, 0, 0, 1, folder.resolve("residents.csv.rejects.csv")), summary);
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
		assertEquals(new Summary(1, 0, 0, 1, 0, null), again);
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
		new ResidentImport(register).importFile(folder.resolve("first.csv"), null, null, Progress.NONE);
		// 世帯変更届: she heads a household of her own, he heads the one she left
		Path changed = folder.resolve("changed.csv");
		Files.writeString(changed, header + hanako + "H-0002,世帯主\n" + taro + "H-0001,世帯主\n");
		assertEquals(2, new ResidentImport(register).importFile(changed, null, null, Progress.NONE).updated());
		Household hers = (Household) byNumber("123456789018").getHousehold().eContainer();
		assertEquals("H-0002", hers.getId());
		assertEquals("世帯主", byNumber("023456789013").getHousehold().getRelationship());
		assertEquals(2, new ResidentImport(register).importFile(changed, null, null, Progress.NONE).unchanged(), "applied once");
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
		ResidentImport.Preview preview = ResidentImport.preview(file, null, 1);
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
		assertThrows(ResidentFileException.class, () -> new ResidentImport(register).importFile(file, null, null, Progress.NONE));
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
		Summary interrupted = new ResidentImport(register).importFile(file, null, null, new CancelAfter(1));
		assertEquals(1_000, interrupted.imported());
		Summary resumed = new ResidentImport(register).importFile(file, null, null, Progress.NONE);
		assertEquals(2_500, resumed.read());
		assertEquals(2_500, resumed.imported());
		assertEquals(2_500L, register.queries().counts().residents());
	}

	@Test
	void anExportImportedIntoAnEmptyDatabaseExportsTheSameFile() throws Exception {
		new DemoFill(register).fill(600, 3, Progress.NONE);
		Path first = folder.resolve("first.csv");
		assertEquals(600, new ResidentExport(register).exportFile(first, StandardCharsets.UTF_8, false, Progress.NONE));
		try (Register empty = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("empty").toString()), Login.none())) {
			Summary summary = new ResidentImport(empty).importFile(first, null, null, Progress.NONE);
			assertEquals(600, summary.imported(), String.valueOf(summary));
			Path second = folder.resolve("second.csv");
			new ResidentExport(empty).exportFile(second, StandardCharsets.UTF_8, false, Progress.NONE);
			assertEquals(Files.readString(first), Files.readString(second));
			assertEquals(register.queries().counts().cards(), empty.queries().counts().cards());
		}
	}

	@Test
	void aNameTheEncodingLacksStopsTheExportAndLeavesTheEarlierFile() throws Exception {
		importRows("yoshino.csv", "123456789018,\uD842\uDFB7野,髙子,ヨシノ,タカコ,1980-01-01,女,1000001,東京都,131016,千代田1丁目,1番1号,,,,\n"
				+ "023456789013,山田,太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田1丁目,1番2号,,,,\n");
		Path out = folder.resolve("for-the-old-system.csv");
		Files.writeString(out, "yesterday's export\n");
		long yoshino = byNumber("123456789018").getId();
		ResidentFileException refused = assertThrows(ResidentFileException.class,
				() -> new ResidentExport(register).exportFile(out, Charset.forName("windows-31j"), false, Progress.NONE));
		assertEquals("Resident " + yoshino + " (\uD842\uDFB7野 髙子): \"\uD842\uDFB7\" (U+20BB7) in family_name cannot be written in CP932. "
				+ "Nothing was written; export in utf-8 (or utf-8-bom for Excel) instead.", refused.getMessage());
		assertEquals("yesterday's export\n", Files.readString(out), "the earlier file is untouched");
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no draft is left");
		}
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("export")));
		assertEquals(2, new ResidentExport(register).exportFile(out, StandardCharsets.UTF_8, false, Progress.NONE), "UTF-8 writes every name");
		assertTrue(Files.readString(out).contains("\uD842\uDFB7野"));
	}

	@Test
	void aCancelledExportLeavesNoFile() throws Exception {
		new DemoFill(register).fill(50, 3, Progress.NONE);
		Path out = folder.resolve("cancelled.csv");
		ServiceException refused = assertThrows(ServiceException.class,
				() -> new ResidentExport(register).exportFile(out, StandardCharsets.UTF_8, false, new CancelAfter(0)));
		assertEquals("The export was cancelled; no file was written.", refused.getMessage());
		assertTrue(Files.notExists(out));
		try (var files = Files.list(folder)) {
			assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".part")), "no draft is left");
		}
	}
}
