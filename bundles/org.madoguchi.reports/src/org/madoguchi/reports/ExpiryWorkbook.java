package org.madoguchi.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.madoguchi.model.values.JapaneseDates;

/**
 * An expiry workbook: 「期限一覧」 (one row per expiring document, streamed so that a million rows
 * need little memory), 「集計」 (counts by month and by town with a chart) and 「条件」 (what was
 * asked). Frozen header, auto-filter, set column widths, landscape A4 fitted to width with the
 * header repeated on every page.
 */
public final class ExpiryWorkbook implements AutoCloseable {

	public static final String LIST = "期限一覧";
	public static final String SUMMARY = "集計";
	public static final String CONDITIONS = "条件";
	private static final int WINDOW = 200;

	private static final List<String> HEADERS = List.of("住民ID", "氏名", "フリガナ", "生年月日", "生年月日（和暦）", "住所", "世帯",
			"カード番号", "対象", "有効期限", "残り日数", "更新開始日", "判定規則", "外国人", "在留期間満了日", "有効期限通知書", "個人番号");
	private static final int[] WIDTHS = { 10, 18, 20, 12, 16, 44, 14, 16, 22, 12, 10, 12, 60, 8, 14, 14, 16 };

	private final boolean withNumber;
	private final LocalDate asOf;
	private final XSSFWorkbook template;
	private final SXSSFWorkbook workbook;
	private final SXSSFSheet list;
	private final ReportSheets.Styles styles;
	/** Counts for the summary, sorted only when it is written: a sorted map cost a lookup by comparisons for every row. */
	private final Map<YearMonth, long[]> byMonth = new HashMap<>();
	private final Map<String, long[]> byTown = new HashMap<>();
	/** Birth dates in the era calendar, computed once per day: a million rows share some 36,000 birthdays. */
	private final Map<LocalDate, String> eraDates = new HashMap<>();
	private long rows;

	public ExpiryWorkbook(LocalDate asOf, boolean withNumber) {
		this.asOf = asOf;
		this.withNumber = withNumber;
		template = new XSSFWorkbook();
		template.createSheet(SUMMARY);
		template.createSheet(CONDITIONS);
		workbook = new StreamingWorkbook(template, WINDOW);
		styles = new ReportSheets.Styles(workbook);
		list = workbook.createSheet(LIST);
		workbook.setSheetOrder(LIST, 0);
		workbook.setActiveSheet(0);
		styles.header(list, withNumber ? HEADERS : HEADERS.subList(0, HEADERS.size() - 1), WIDTHS);
	}

	public void add(ReportRow row) {
		Row line = list.createRow((int) ++rows);
		int column = 0;
		styles.number(line, column++, row.residentId());
		styles.text(line, column++, row.name());
		styles.text(line, column++, row.kana());
		styles.date(line, column++, row.birthDate());
		styles.text(line, column++, eraDates.computeIfAbsent(row.birthDate(), JapaneseDates::eraKanji));
		styles.text(line, column++, row.address());
		styles.text(line, column++, row.household());
		styles.text(line, column++, row.serial());
		styles.text(line, column++, row.document().label());
		styles.date(line, column++, row.expiry());
		styles.number(line, column++, ChronoUnit.DAYS.between(asOf, row.expiry()));
		styles.date(line, column++, row.renewalFrom());
		styles.text(line, column++, row.rule());
		styles.text(line, column++, row.foreign() ? "○" : "");
		styles.date(line, column++, row.residenceUntil());
		styles.text(line, column++, row.noticeSent() ? "送付" : "送付なし");
		if (withNumber) {
			styles.text(line, column, row.individualNumber());
		}
		byMonth.computeIfAbsent(YearMonth.from(row.expiry()), month -> new long[3])[row.document().ordinal()]++;
		byTown.computeIfAbsent(row.town() == null ? "" : row.town(), town -> new long[3])[row.document().ordinal()]++;
	}

	/** The rows written so far. */
	public long rows() {
		return rows;
	}

	/** Writes the summary and the conditions, then the whole workbook to {@code out}. */
	public void finish(ReportParameters parameters, OutputStream out) throws IOException {
		int lastColumn = (withNumber ? HEADERS.size() : HEADERS.size() - 1) - 1;
		list.setAutoFilter(new CellRangeAddress(0, (int) Math.max(rows, 1), 0, lastColumn));
		XSSFSheet summary = template.getSheet(SUMMARY);
		int monthRows = table(summary, 0, "有効期限の月", new TreeMap<>(byMonth));
		table(summary, monthRows + 1, "町名・大字", new TreeMap<>(byTown));
		chart(summary, byMonth.size());
		ReportSheets.pageSetup(summary);
		conditions(template.getSheet(CONDITIONS), parameters);
		workbook.write(out);
	}

	/** A table of counts by key and document, with a total column; returns the rows it took. */
	private <K> int table(XSSFSheet sheet, int top, String keyTitle, Map<K, long[]> counts) {
		Row header = sheet.createRow(top);
		List<String> titles = new ArrayList<>(List.of(keyTitle));
		for (Document document : Document.values()) {
			titles.add(document.label());
		}
		titles.add("合計");
		for (int i = 0; i < titles.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(titles.get(i));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(i, (i == 0 ? 18 : 20) * 256);
		}
		int row = top;
		for (Map.Entry<K, long[]> entry : counts.entrySet()) {
			Row line = sheet.createRow(++row);
			Cell key = line.createCell(0);
			key.setCellValue(entry.getKey().toString());
			key.setCellStyle(styles.plain);
			long total = 0;
			for (int i = 0; i < 3; i++) {
				line.createCell(i + 1).setCellValue(entry.getValue()[i]);
				total += entry.getValue()[i];
			}
			line.createCell(4).setCellValue(total);
		}
		return row - top + 1;
	}

	/** A bar chart of expiries per month, from the month table's total column. */
	private static void chart(XSSFSheet summary, int months) {
		if (months > 0) {
			ReportSheets.barChart(summary, "月別の有効期限到来件数", 0, 1, months, 6,
					List.of(new ReportSheets.Series("合計", 4, PresetColor.STEEL_BLUE)));
		}
	}

	private void conditions(XSSFSheet sheet, ReportParameters parameters) {
		List<String[]> lines = List.of(new String[] { "帳票", parameters.title() },
				new String[] { "基準日", parameters.asOf().toString() },
				new String[] { "期間（日）", parameters.withinDays() == null ? "指定なし" : String.valueOf(parameters.withinDays()) },
				new String[] { "対象", parameters.kind() },
				new String[] { "市区町村コード", parameters.municipality() == null ? "すべて" : parameters.municipality() },
				new String[] { "適用した規則", String.join(", ", parameters.ruleSets()) },
				new String[] { "作成日時", parameters.generatedAt().atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString() },
				new String[] { "作成者", parameters.operator() },
				new String[] { "個人番号", parameters.withNumber() ? "記載あり（閲覧は監査記録済み）" : "記載なし" },
				new String[] { "件数", String.valueOf(rows) });
		styles.conditions(sheet, lines);
	}

	@Override
	public void close() {
		ReportSheets.close(workbook);
	}
}
