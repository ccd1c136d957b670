package org.madoguchi.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.reports.Document;
import org.madoguchi.reports.ExpiryWorkbook;
import org.madoguchi.reports.ReportParameters;
import org.madoguchi.reports.ReportRow;

/** The workbook read back with POI, and opened by a real spreadsheet program (LibreOffice). */
class ExpiryWorkbookTest {

	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

	@TempDir
	Path folder;

	private static ReportRow row(long id, Document document, LocalDate expiry, boolean foreign) {
		return new ReportRow(id, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 10, 10), "東京都千代田区千代田1丁目1番1号", "千代田1丁目",
				"H-1", "AB1234567890", document, expiry, expiry.minusMonths(3), "発行日後10回目の誕生日（発行時20歳以上）［jp-card-2016］",
				foreign, foreign ? expiry : null, !foreign, null);
	}

	private Path write(boolean withNumber, List<ReportRow> rows) throws IOException {
		Path out = folder.resolve("report.xlsx");
		try (ExpiryWorkbook workbook = new ExpiryWorkbook(AS_OF, withNumber); OutputStream file = Files.newOutputStream(out)) {
			rows.forEach(workbook::add);
			workbook.finish(new ReportParameters("有効期限到来一覧", AS_OF, 90, "all", null, List.of("jp-card-2016"), Instant.now(), "sato",
					withNumber), file);
		}
		return out;
	}

	private static XSSFWorkbook read(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void listSheetHasRealDatesFrozenHeaderFilterAndPrintSetup() throws Exception {
		Path file = write(false, List.of(row(1, Document.CARD, LocalDate.of(2027, 1, 10), false),
				row(2, Document.SIGNATURE_CERTIFICATE, LocalDate.of(2027, 2, 1), true)));
		try (XSSFWorkbook workbook = read(file)) {
			assertEquals(List.of("期限一覧", "集計", "条件"),
					List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
			XSSFSheet list = workbook.getSheet("期限一覧");
			Row header = list.getRow(0);
			assertEquals("有効期限", header.getCell(9).getStringCellValue());
			assertEquals(16, header.getLastCellNum(), "no number column unless asked");
			Row first = list.getRow(1);
			assertEquals(CellType.NUMERIC, first.getCell(9).getCellType());
			assertTrue(DateUtil.isCellDateFormatted(first.getCell(9)));
			assertEquals(LocalDate.of(2027, 1, 10), first.getCell(9).getLocalDateTimeCellValue().toLocalDate());
			assertEquals("yyyy-mm-dd", first.getCell(9).getCellStyle().getDataFormatString());
			assertEquals(44, (long) first.getCell(10).getNumericCellValue(), "days left");
			assertEquals("昭和55年10月10日", first.getCell(4).getStringCellValue());
			assertEquals("カード本体", first.getCell(8).getStringCellValue());
			assertEquals("送付", first.getCell(15).getStringCellValue());
			Row second = list.getRow(2);
			assertEquals("署名用電子証明書", second.getCell(8).getStringCellValue());
			assertEquals("○", second.getCell(13).getStringCellValue());
			assertEquals("送付なし", second.getCell(15).getStringCellValue());
			PaneInformation pane = list.getPaneInformation();
			assertNotNull(pane);
			assertEquals(1, pane.getHorizontalSplitPosition());
			assertNotNull(list.getCTWorksheet().getAutoFilter());
			assertEquals("A1:P3", list.getCTWorksheet().getAutoFilter().getRef());
			assertTrue(list.getPrintSetup().getLandscape());
			assertEquals(1, list.getPrintSetup().getFitWidth());
			assertEquals("1:1", list.getRepeatingRows().formatAsString());
			assertTrue(list.getColumnWidth(5) > list.getColumnWidth(0), "the address column is wide");
		}
	}

	@Test
	void summaryCountsByMonthAndTownWithAChart() throws Exception {
		Path file = write(false, List.of(row(1, Document.CARD, LocalDate.of(2027, 1, 10), false),
				row(1, Document.USER_CERTIFICATE, LocalDate.of(2027, 1, 10), false),
				row(2, Document.CARD, LocalDate.of(2027, 2, 1), false)));
		try (XSSFWorkbook workbook = read(file)) {
			XSSFSheet summary = workbook.getSheet("集計");
			assertEquals("2027-01", summary.getRow(1).getCell(0).getStringCellValue());
			assertEquals(1, (long) summary.getRow(1).getCell(1).getNumericCellValue());
			assertEquals(1, (long) summary.getRow(1).getCell(3).getNumericCellValue());
			assertEquals(2, (long) summary.getRow(1).getCell(4).getNumericCellValue());
			assertEquals("2027-02", summary.getRow(2).getCell(0).getStringCellValue());
			assertEquals("町名・大字", summary.getRow(4).getCell(0).getStringCellValue());
			assertEquals(3, (long) summary.getRow(5).getCell(4).getNumericCellValue());
			assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
			assertEquals("月別の有効期限到来件数", summary.getDrawingPatriarch().getCharts().get(0).getTitleText().getString());
			XSSFSheet conditions = workbook.getSheet("条件");
			assertEquals("基準日", conditions.getRow(1).getCell(0).getStringCellValue());
			assertEquals("2026-11-27", conditions.getRow(1).getCell(1).getStringCellValue());
			assertEquals("3", conditions.getRow(9).getCell(1).getStringCellValue());
		}
	}

	@Test
	void everyRowOfALongListComesBackExactlyInTheListsFont() throws Exception {
		String name = "𠮷野 髙子 <&> \"O'Brien\"";
		List<ReportRow> rows = new ArrayList<>();
		for (int id = 1; id <= 20_000; id++) {
			rows.add(new ReportRow(id, name + id, "ヨシノ タカコ", LocalDate.of(1980, 10, 10), "東京都千代田区千代田1丁目1番1号", "千代田1丁目",
					"H-" + id, "AB" + id, Document.CARD, LocalDate.of(2027, 1, 10), LocalDate.of(2026, 10, 10), "rule", false, null, true,
					null));
		}
		try (XSSFWorkbook workbook = read(write(false, rows))) {
			XSSFSheet list = workbook.getSheet("期限一覧");
			assertEquals(20_000, list.getLastRowNum());
			for (int id = 1; id <= 20_000; id++) {
				Row row = list.getRow(id);
				assertEquals(id, (long) row.getCell(0).getNumericCellValue());
				assertEquals(name + id, row.getCell(1).getStringCellValue(), "the name of resident " + id);
				assertEquals("AB" + id, row.getCell(7).getStringCellValue());
			}
			assertEquals("游ゴシック", workbook.getFontAt(list.getRow(1).getCell(1).getCellStyle().getFontIndex()).getFontName());
			assertEquals("游ゴシック", workbook.getFontAt(list.getRow(1).getCell(9).getCellStyle().getFontIndex()).getFontName());
		}
	}

	@Test
	void numberColumnOnlyWhenAsked() throws Exception {
		ReportRow withNumber = new ReportRow(1, "山田 花子", "ヤマダ ハナコ", LocalDate.of(1980, 10, 10), "東京都", "千代田", "H-1", "AB1",
				Document.CARD, LocalDate.of(2027, 1, 10), LocalDate.of(2026, 10, 10), "rule", false, null, true, "123456789018");
		try (XSSFWorkbook workbook = read(write(true, List.of(withNumber)))) {
			assertEquals("個人番号", workbook.getSheet("期限一覧").getRow(0).getCell(16).getStringCellValue());
			assertEquals("123456789018", workbook.getSheet("期限一覧").getRow(1).getCell(16).getStringCellValue());
		}
	}

	@Test
	void libreOfficeOpensTheWorkbook() throws Exception {
		Path file = write(false, List.of(row(1, Document.CARD, LocalDate.of(2027, 1, 10), false)));
		Process convert = new ProcessBuilder("soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + folder.resolve("lo"),
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.resolve("out").toString(), file.toString()).redirectErrorStream(true).start();
		String output = new String(convert.getInputStream().readAllBytes());
		assertTrue(convert.waitFor(120, TimeUnit.SECONDS), output);
		Path csv = folder.resolve("out").resolve("report.csv");
		assertTrue(Files.exists(csv), output);
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertTrue(text.contains("有効期限"), text);
		assertTrue(text.contains("2027-01-10"), text);
	}
}
