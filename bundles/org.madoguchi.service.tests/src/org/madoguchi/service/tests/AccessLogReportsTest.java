package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AccessLogRules;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;

/**
 * The access log read back with POI: a week of a clerk's work in 2025, around the holidays of
 * Golden Week, each entry stamped at the time the test set on the register's clock.
 */
class AccessLogReportsTest {

	/** The office was set up the Friday before the week the reports look at. */
	private static final LocalDate SET_UP = LocalDate.of(2025, 5, 2);
	private static final LocalDate MONDAY = LocalDate.of(2025, 5, 5);
	/** 振替休日: 2025-05-04, みどりの日, fell on a Sunday. */
	private static final LocalDate SUBSTITUTE_HOLIDAY = LocalDate.of(2025, 5, 6);
	private static final LocalDate WEDNESDAY = LocalDate.of(2025, 5, 7);
	private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 8);
	private static final LocalDate SATURDAY = LocalDate.of(2025, 5, 10);

	@TempDir
	Path folder;

	private DatabaseLocation location;
	private final TurnableClock clock = new TurnableClock(MONDAY.atTime(9, 0));
	private long resident;

	@BeforeEach
	void office() {
		location = DatabaseLocation.of(folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "千代田区役所",
				RegisterClock.fixedAt(SET_UP))) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
			resident = supervisor.residents().register(People.resident("山田", "太郎", "ヤマダ", "タロウ", LocalDate.of(1980, 10, 10), "123456789018"));
		}
	}

	private Register as(String operator, String password, LocalDateTime at) {
		clock.set(at);
		return Register.open(location, new Login(operator, password::toCharArray), clock);
	}

	private Register clerk(LocalDateTime at) {
		return as("suzuki", "clerk-password", at);
	}

	/** The workbook of the week as the auditor writes it on the Monday after. */
	private Path accessLog() {
		Path out = folder.resolve("access-log.xlsx");
		try (Register auditor = as("tanaka", "auditor-password", LocalDate.of(2025, 5, 12).atTime(9, 0))) {
			auditor.accessLog().write(MONDAY, SATURDAY, out, Progress.NONE);
		}
		return out;
	}

	private static XSSFWorkbook read(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The reasons of 「要確認」 by entry number. */
	private static Map<Long, String> flagged(XSSFWorkbook workbook) {
		Map<Long, String> reasons = new HashMap<>();
		Sheet review = workbook.getSheet("要確認");
		for (int i = 1; i <= review.getLastRowNum(); i++) {
			Row row = review.getRow(i);
			reasons.put((long) row.getCell(1).getNumericCellValue(), row.getCell(0).getStringCellValue());
		}
		return reasons;
	}

	@Test
	void flagsNightWorkHolidaysAndWeekendsButNotAWeekdayAtTheCounter() throws Exception {
		LocalDateTime daytime = WEDNESDAY.atTime(10, 0);
		LocalDateTime night = WEDNESDAY.atTime(22, 30);
		LocalDateTime holiday = SUBSTITUTE_HOLIDAY.atTime(10, 0);
		LocalDateTime weekend = SATURDAY.atTime(11, 0);
		for (LocalDateTime at : List.of(daytime, night, holiday, weekend)) {
			try (Register clerk = clerk(at)) {
				clerk.queries().search("ヤマダ", 20, 0);
			}
		}
		try (XSSFWorkbook workbook = read(accessLog())) {
			assertEquals(List.of("操作ログ", "要確認", "集計", "条件"), List.of(workbook.getSheetName(0), workbook.getSheetName(1),
					workbook.getSheetName(2), workbook.getSheetName(3)));
			Map<Long, String> reasons = flagged(workbook);
			List<AuditEntry> wednesday = trail("suzuki", "search", WEDNESDAY);
			long daytimeSearch = wednesday.get(0).id();
			long nightSearch = wednesday.get(1).id();
			assertFalse(reasons.containsKey(daytimeSearch), "a weekday at 10:00 is ordinary: " + reasons);
			assertEquals("執務時間外（22:30、執務時間 8:00～19:00）", reasons.get(nightSearch));
			assertEquals("祝日・休日（振替休日）", reasons.get(trail("suzuki", "search", SUBSTITUTE_HOLIDAY).get(0).id()));
			assertEquals("土曜日", reasons.get(trail("suzuki", "search", SATURDAY).get(0).id()));

			Sheet log = workbook.getSheet("操作ログ");
			Row header = log.getRow(0);
			assertEquals(List.of("番号", "日時", "操作者ID", "氏名", "役割", "窓口", "操作", "操作コード", "住民ID", "詳細"),
					List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(), header.getCell(2).getStringCellValue(),
							header.getCell(3).getStringCellValue(), header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
							header.getCell(6).getStringCellValue(), header.getCell(7).getStringCellValue(), header.getCell(8).getStringCellValue(),
							header.getCell(9).getStringCellValue()));
			Row nightRow = rowOf(log, nightSearch);
			assertEquals(night, nightRow.getCell(1).getLocalDateTimeCellValue());
			assertEquals("鈴木", nightRow.getCell(3).getStringCellValue());
			assertEquals("clerk", nightRow.getCell(4).getStringCellValue());
			assertEquals("千代田区役所", nightRow.getCell(5).getStringCellValue());
			assertEquals("検索", nightRow.getCell(6).getStringCellValue());
			assertEquals("ヤマダ", nightRow.getCell(9).getStringCellValue());
			assertEquals(8, log.getLastRowNum(), "the clerk's four logins and four searches; the register was made on another day");
		}
	}

	@Test
	void flagsBurstsOfSearchesManyNumberViewsFailedLoginsAndExportsWithNumbers() throws Exception {
		try (Register supervisor = as("sato", "supervisor-pass", MONDAY.atTime(9, 0))) {
			supervisor.settings().setAccessLogRules(new AccessLogRules(LocalTime.of(8, 30), LocalTime.of(17, 15), 2, 3));
		}
		for (int minute = 0; minute < 4; minute++) {
			try (Register clerk = clerk(THURSDAY.atTime(10, minute * 3))) {
				clerk.queries().search("ヤマダ", 20, 0);
			}
		}
		try (Register clerk = clerk(THURSDAY.atTime(10, 30))) {
			clerk.queries().search("ヤマダ", 20, 0);
			clerk.queries().search("ヤマダ", 20, 20);
		}
		for (int view = 0; view < 3; view++) {
			try (Register clerk = clerk(THURSDAY.atTime(11, view))) {
				clerk.queries().showNumber(resident);
			}
		}
		try (Register clerk = clerk(WEDNESDAY.atTime(11, 0))) {
			clerk.queries().showNumber(resident);
		}
		clock.set(THURSDAY.atTime(12, 0));
		assertThrows(ServiceException.class, () -> Register.open(location, new Login("suzuki", "wrong-password"::toCharArray), clock));
		try (Register clerk = clerk(THURSDAY.atTime(12, 1))) {
			assertEquals("suzuki", clerk.operator().id(), "the failure is recorded with this login");
		}
		try (Register supervisor = as("sato", "supervisor-pass", THURSDAY.atTime(13, 0))) {
			supervisor.exports().exportFile(folder.resolve("residents.csv"), "utf-8", Progress.NONE);
		}

		Path file = accessLog();
		try (XSSFWorkbook workbook = read(file)) {
			Map<Long, String> reasons = flagged(workbook);
			List<AuditEntry> searches = trail("suzuki", "search", THURSDAY);
			assertEquals(5, searches.size(), "paging on through a search's results is no search of its own");
			for (AuditEntry search : searches.subList(0, 4)) {
				assertEquals("10 分間に 4 件の検索（上限 3 件）", reasons.get(search.id()), "four searches from 10:00 to 10:09");
			}
			assertFalse(reasons.containsKey(searches.get(4).id()), "the search at 10:30 is alone in its ten minutes");
			for (AuditEntry view : trail("suzuki", "show-number", THURSDAY)) {
				assertEquals("個人番号の表示が1日 2 件を超過（この日 3 件）", reasons.get(view.id()));
			}
			assertFalse(reasons.containsKey(trail("suzuki", "show-number", WEDNESDAY).get(0).id()), "one view on Wednesday");
			assertEquals("ログイン失敗", reasons.get(trail("suzuki", "login-failed", THURSDAY).get(0).id()));
			assertEquals("個人番号を含む印刷・出力", reasons.get(trail("sato", "export", THURSDAY).get(0).id()));

			Sheet summary = workbook.getSheet("集計");
			Row suzukiThursday = rowWith(summary, "suzuki 2025-05-08");
			assertEquals("鈴木", suzukiThursday.getCell(2).getStringCellValue());
			assertEquals(trail("suzuki", null, THURSDAY).size(), (long) suzukiThursday.getCell(4).getNumericCellValue());
			assertEquals(8, (long) suzukiThursday.getCell(5).getNumericCellValue(), "four searches, three views, one failed login");
			assertEquals(1, workbook.getSheetAt(2).getDrawingPatriarch().getCharts().size(), "the chart of the counts");
			Sheet conditions = workbook.getSheet("条件");
			assertEquals("2025-05-05 ～ 2025-05-10（両日を含む）", rowWith(conditions, "期間").getCell(1).getStringCellValue());
			assertEquals("08:30 ～ 17:15（この外の操作、土曜・日曜・祝日の操作は要確認）", rowWith(conditions, "執務時間").getCell(1).getStringCellValue());
			assertEquals("tanaka", rowWith(conditions, "作成者").getCell(1).getStringCellValue());
			assertEquals("2025-05-12T09:00", rowWith(conditions, "作成日時").getCell(1).getStringCellValue());
		}
		try (Register supervisor = as("sato", "supervisor-pass", LocalDate.of(2025, 5, 12).atTime(9, 5))) {
			assertTrue(supervisor.queries().audit("tanaka", null, null, null, 100).stream()
					.anyMatch(entry -> entry.operation().equals("report") && entry.detail().startsWith("操作ログ: ")), "the report is audited");
		}
	}

	@Test
	void aClerkIsRefusedAndNoFileIsWritten() {
		Path out = folder.resolve("access-log.xlsx");
		try (Register clerk = clerk(WEDNESDAY.atTime(10, 0))) {
			ServiceException refused = assertThrows(ServiceException.class,
					() -> clerk.accessLog().write(MONDAY, SATURDAY, out, Progress.NONE));
			assertEquals("The operator suzuki (clerk) may not make the access log.", refused.getMessage());
		}
		assertFalse(Files.exists(out));
	}

	@Test
	void officeHoursThatCloseBeforeTheyOpenAreRefused() {
		try (Register supervisor = as("sato", "supervisor-pass", MONDAY.atTime(9, 0))) {
			ServiceException refused = assertThrows(ServiceException.class, () -> supervisor.settings()
					.setAccessLogRules(new AccessLogRules(LocalTime.of(19, 0), LocalTime.of(8, 0), 50, 30)));
			assertEquals("settings.accessLogRules", refused.problem().key());
			assertEquals(AccessLogRules.DEFAULT, supervisor.settings().accessLogRules());
		}
		try (Register clerk = clerk(MONDAY.atTime(9, 5))) {
			assertEquals("The operator suzuki (clerk) may not change the access-log rules.", assertThrows(ServiceException.class,
					() -> clerk.settings().setAccessLogRules(AccessLogRules.DEFAULT)).getMessage());
		}
	}

	/** The entries of {@code operator} on {@code day}, of {@code operation} (null: all), oldest first. */
	private List<AuditEntry> trail(String operator, String operation, LocalDate day) {
		try (Register supervisor = as("sato", "supervisor-pass", LocalDate.of(2025, 5, 20).atTime(9, 0))) {
			return supervisor.queries().audit(operator, null, day, day, 1000).stream()
					.filter(each -> operation == null || each.operation().equals(operation)).toList();
		}
	}

	private static Row rowWith(Sheet sheet, String first) {
		for (int i = 0; i <= sheet.getLastRowNum(); i++) {
			if (sheet.getRow(i) != null && first.equals(sheet.getRow(i).getCell(0).getStringCellValue())) {
				return sheet.getRow(i);
			}
		}
		throw new AssertionError(first + " is not on " + sheet.getSheetName());
	}

	private static Row rowOf(Sheet sheet, long entry) {
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			if ((long) sheet.getRow(i).getCell(0).getNumericCellValue() == entry) {
				return sheet.getRow(i);
			}
		}
		throw new AssertionError("entry " + entry + " is not on " + sheet.getSheetName());
	}
}
