package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.ExpiryReports.Documents;
import org.madoguchi.service.ExpiryReports.Kind;
import org.madoguchi.service.ExpiryReports;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ResidentImport;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;

/** Expiry reports carry exactly the rules calculator's dates, the 2022 change and foreign residents included. */
class ExpiryReportsTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
	private static final String FILE = """
			individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,nationality,residence_status,residence_until,postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status
			123456789018,青木,一,アオキ,ハジメ,2004-06-01,男,JPN,,,1000001,東京都,131016,千代田1丁目,1番1号,A1,2022-03-31,2022-06-01,issued
			023456789013,石井,二郎,イシイ,ジロウ,2004-06-01,男,JPN,,,1000001,東京都,131016,千代田1丁目,1番2号,A2,2022-04-01,2022-06-01,issued
			621498320257,NGUYEN,AN,グエン,アン,1990-01-01,男,VNM,engineer,2027-03-31,1000005,東京都,131016,丸の内1丁目,1番3号,A3,2022-05-01,2022-06-01,issued
			""";

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void fill() throws Exception {
		// the register's today is the last day the tests look at, so that no date they use lies in its future
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(),
				RegisterClock.fixedAt(LocalDate.of(2027, 4, 1)));
		Path file = folder.resolve("residents.csv");
		Files.writeString(file, FILE);
		assertEquals(3, register.imports().importFile(file, null, null, Progress.NONE).imported());
	}

	@AfterEach
	void close() {
		register.close();
	}

	private List<List<String>> report(Kind kind, LocalDate asOf, Integer within, Documents documents, boolean withNumber) throws Exception {
		Path out = folder.resolve(kind + ".xlsx");
		register.reports().write(new ExpiryReports.Request(kind, asOf, within, documents, null, withNumber, out), Progress.NONE);
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet list = workbook.getSheet("期限一覧");
			for (int i = 1; i <= list.getLastRowNum(); i++) {
				Row row = list.getRow(i);
				rows.add(List.of(row.getCell(1).getStringCellValue(), row.getCell(8).getStringCellValue(),
						row.getCell(9).getLocalDateTimeCellValue().toLocalDate().toString(), row.getCell(15).getStringCellValue(),
						row.getCell(12).getStringCellValue()));
			}
		}
		return rows;
	}

	@Test
	void expiringListHasTheCalculatorsDatesAndReasons() throws Exception {
		List<List<String>> rows = report(Kind.EXPIRING, AS_OF, 365, Documents.ALL, false);
		List<String> summary = rows.stream().map(row -> row.get(0) + "|" + row.get(1) + "|" + row.get(2)).toList();
		assertEquals(List.of(
				"青木\u3000一|カード本体|2027-06-01", "青木\u3000一|署名用電子証明書|2027-06-01", "青木\u3000一|利用者証明用電子証明書|2027-06-01",
				"石井\u3000二郎|署名用電子証明書|2027-06-01", "石井\u3000二郎|利用者証明用電子証明書|2027-06-01",
				"NGUYEN AN|カード本体|2027-03-31", "NGUYEN AN|署名用電子証明書|2027-01-01", "NGUYEN AN|利用者証明用電子証明書|2027-01-01"),
				summary, "the 2022-03-31 receipt gives a 5-year card at 18; the 2022-04-01 receipt a 10-year one (not in the list)");
		assertEquals("発行日後5回目の誕生日（発行時20歳未満）［jp-card-2016］", rows.get(0).get(4));
		assertEquals("送付なし", rows.get(5).get(3), "no notice when the period of stay decides");
		assertTrue(rows.get(5).get(4).startsWith("在留期間の満了日"), rows.get(5).get(4));
	}

	@Test
	void kindFilterKeepsOnlyCards() throws Exception {
		assertEquals(List.of("青木\u3000一", "NGUYEN AN"),
				report(Kind.EXPIRING, AS_OF, 365, Documents.CARD, false).stream().map(row -> row.get(0)).toList());
	}

	@Test
	void renewalsDueAreCardsInTheirWindowWithoutAnApplication() throws Exception {
		assertEquals(List.of("青木\u3000一"),
				report(Kind.RENEWALS_DUE, LocalDate.of(2027, 4, 1), null, Documents.CARD, false).stream().map(row -> row.get(0)).toList());
		long aoki = register.queries().search("123456789018", 1, 0).get(0).id();
		register.cards().apply(aoki, LocalDate.of(2027, 3, 20), ApplicationChannel.ONLINE);
		assertEquals(List.of(), report(Kind.RENEWALS_DUE, LocalDate.of(2027, 4, 1), null, Documents.CARD, false));
	}

	@Test
	void foreignResidenceListsCardsEndingWithTheirPeriodOfStay() throws Exception {
		assertEquals(List.of("NGUYEN AN"), report(Kind.FOREIGN_RESIDENCE, AS_OF, null, Documents.CARD, false).stream()
				.map(row -> row.get(0)).toList());
	}

	@Test
	void numbersOnlyWhenTheRoleAllowsAndAudited() throws Exception {
		report(Kind.EXPIRING, AS_OF, 365, Documents.CARD, true);
		List<AuditEntry> trail = register.queries().audit(null, null, 100);
		assertEquals("report-with-numbers", trail.get(trail.size() - 1).operation());
	}

	@Test
	void aCancelledReportLeavesNoFile() throws Exception {
		Path out = folder.resolve("cancelled.xlsx");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.reports().write(
				new ExpiryReports.Request(Kind.EXPIRING, AS_OF, 365, Documents.ALL, null, false, out), new CancelAfter(0)));
		assertEquals("The report was cancelled; no file was written.", refused.getMessage());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("db", "residents.csv"), files.map(file -> file.getFileName().toString()).sorted().toList(),
					"neither the report nor its draft");
		}
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().startsWith("report")));
	}

	@Test
	void anAuditorCannotMakeReports() {
		Path db = folder.resolve("office");
		try (Register supervisor = Register.initSecure(DatabaseLocation.of(db.toString()), "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
		try (Register auditor = Register.open(DatabaseLocation.of(db.toString()), new Login("tanaka", "auditor-password"::toCharArray), TestDay.CLOCK)) {
			assertThrows(ServiceException.class, () -> auditor.reports().write(new ExpiryReports.Request(Kind.EXPIRING, AS_OF, 30,
					Documents.ALL, null, false, folder.resolve("no.xlsx")), Progress.NONE));
		}
	}
}
