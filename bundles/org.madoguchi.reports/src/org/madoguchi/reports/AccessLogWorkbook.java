package org.madoguchi.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The access log an auditor reviews: 「操作ログ」 (every audit entry of the days asked, streamed like
 * the expiry list), 「要確認」 (the entries to look at, each with why, streamed beside it), 「集計」
 * (entries and flagged entries per operator and day, with a bar chart) and 「条件」 (the days and
 * the rules that flagged).
 */
public final class AccessLogWorkbook implements AutoCloseable {

	public static final String LOG = "操作ログ";
	public static final String REVIEW = "要確認";
	public static final String SUMMARY = "集計";
	public static final String CONDITIONS = "条件";
	private static final int WINDOW = 200;

	private static final List<String> COLUMNS = List.of("番号", "日時", "操作者ID", "氏名", "役割", "窓口", "操作", "操作コード", "住民ID", "詳細");
	private static final int[] COLUMN_WIDTHS = { 10, 22, 14, 14, 12, 16, 24, 20, 10, 60 };
	private static final List<String> SUMMARY_COLUMNS = List.of("操作者・日付", "操作者ID", "氏名", "日付", "操作件数", "要確認件数");
	private static final int[] SUMMARY_WIDTHS = { 26, 14, 14, 12, 12, 12 };
	private static final int ENTRIES_COLUMN = 4;
	private static final int FLAGGED_COLUMN = 5;

	private final XSSFWorkbook template;
	private final SXSSFWorkbook workbook;
	private final SXSSFSheet log;
	private final SXSSFSheet review;
	private final ReportSheets.Styles styles;
	/** Entries and flagged entries per operator and day, in their order on the summary. */
	private final Map<OperatorDay, long[]> byOperatorDay = new TreeMap<>();
	private long entries;
	private long flagged;

	private record OperatorDay(String operatorId, LocalDate day) implements Comparable<OperatorDay> {

		@Override
		public int compareTo(OperatorDay other) {
			int byOperator = operatorId.compareTo(other.operatorId);
			return byOperator != 0 ? byOperator : day.compareTo(other.day);
		}
	}

	public AccessLogWorkbook() {
		template = new XSSFWorkbook();
		template.createSheet(SUMMARY);
		template.createSheet(CONDITIONS);
		workbook = new StreamingWorkbook(template, WINDOW);
		styles = new ReportSheets.Styles(workbook);
		log = workbook.createSheet(LOG);
		review = workbook.createSheet(REVIEW);
		workbook.setSheetOrder(LOG, 0);
		workbook.setSheetOrder(REVIEW, 1);
		workbook.setActiveSheet(0);
		styles.header(log, COLUMNS, COLUMN_WIDTHS);
		List<String> reviewColumns = new ArrayList<>(List.of("理由"));
		reviewColumns.addAll(COLUMNS);
		int[] reviewWidths = new int[COLUMN_WIDTHS.length + 1];
		reviewWidths[0] = 75;
		System.arraycopy(COLUMN_WIDTHS, 0, reviewWidths, 1, COLUMN_WIDTHS.length);
		styles.header(review, reviewColumns, reviewWidths);
	}

	/** Writes an entry to the log, and to 「要確認」 when there are {@code reasons} to look at it (Japanese, one sentence each). */
	public void add(AccessLogEntry entry, List<String> reasons) {
		entry(log.createRow((int) ++entries), 0, entry);
		long[] counts = byOperatorDay.computeIfAbsent(new OperatorDay(entry.operatorId(), entry.at().toLocalDate()), key -> new long[2]);
		counts[0]++;
		if (!reasons.isEmpty()) {
			Row row = review.createRow((int) ++flagged);
			styles.text(row, 0, String.join("／", reasons));
			entry(row, 1, entry);
			counts[1]++;
		}
	}

	private void entry(Row row, int first, AccessLogEntry entry) {
		int column = first;
		styles.number(row, column++, entry.id());
		styles.dateTime(row, column++, entry.at());
		styles.text(row, column++, entry.operatorId());
		styles.text(row, column++, entry.operatorName());
		styles.text(row, column++, entry.role());
		styles.text(row, column++, entry.office());
		styles.text(row, column++, entry.operation());
		styles.text(row, column++, entry.operationCode());
		if (entry.residentId() != null) {
			styles.number(row, column, entry.residentId());
		}
		styles.text(row, ++column, entry.detail());
	}

	/** The entries written to the log so far. */
	public long entries() {
		return entries;
	}

	/** The entries written to 「要確認」 so far. */
	public long flagged() {
		return flagged;
	}

	/**
	 * Writes the summary and the conditions, then the whole workbook to {@code out}.
	 *
	 * @param names the operators' names by ID (an ID the register does not know has none)
	 */
	public void finish(AccessLogParameters parameters, Map<String, String> names, OutputStream out) throws IOException {
		log.setAutoFilter(new CellRangeAddress(0, (int) Math.max(entries, 1), 0, COLUMNS.size() - 1));
		review.setAutoFilter(new CellRangeAddress(0, (int) Math.max(flagged, 1), 0, COLUMNS.size()));
		summary(template.getSheet(SUMMARY), names);
		conditions(template.getSheet(CONDITIONS), parameters);
		workbook.write(out);
	}

	private void summary(XSSFSheet sheet, Map<String, String> names) {
		styles.header(sheet, SUMMARY_COLUMNS, SUMMARY_WIDTHS);
		int line = 0;
		for (Map.Entry<OperatorDay, long[]> each : byOperatorDay.entrySet()) {
			Row row = sheet.createRow(++line);
			OperatorDay key = each.getKey();
			styles.text(row, 0, key.operatorId() + " " + key.day());
			styles.text(row, 1, key.operatorId());
			styles.text(row, 2, names.get(key.operatorId()));
			styles.date(row, 3, key.day());
			styles.number(row, ENTRIES_COLUMN, each.getValue()[0]);
			styles.number(row, FLAGGED_COLUMN, each.getValue()[1]);
		}
		if (line > 0) {
			ReportSheets.barChart(sheet, "操作者・日付別の操作件数", 0, 1, line, SUMMARY_COLUMNS.size() + 1,
					List.of(new ReportSheets.Series("操作件数", ENTRIES_COLUMN, PresetColor.STEEL_BLUE),
							new ReportSheets.Series("要確認件数", FLAGGED_COLUMN, PresetColor.ORANGE_RED)));
		}
	}

	private void conditions(XSSFSheet sheet, AccessLogParameters parameters) {
		styles.conditions(sheet, List.of(new String[] { "帳票", "操作ログ（アクセスログ）" },
				new String[] { "期間", parameters.from() + " ～ " + parameters.until() + "（両日を含む）" },
				new String[] { "執務時間", parameters.opens() + " ～ " + parameters.closes() + "（この外の操作、土曜・日曜・祝日の操作は要確認）" },
				new String[] { "祝日", parameters.holidays() },
				new String[] { "個人番号の表示", "1日 " + parameters.numberViews() + " 件を超えた操作者のその日の表示を要確認" },
				new String[] { "検索", parameters.searchMinutes() + " 分間に " + parameters.searches() + " 件を超えた検索を要確認" },
				new String[] { "その他の要確認", "ログイン失敗、個人番号を含む印刷・出力" },
				new String[] { "作成日時", parameters.generatedAt().withNano(0).toString() },
				new String[] { "作成者", parameters.operator() },
				new String[] { "件数", entries + "（うち要確認 " + flagged + "）" }));
	}

	@Override
	public void close() {
		ReportSheets.close(workbook);
	}
}
