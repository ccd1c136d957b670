package org.madoguchi.service;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.JapaneseHolidays;
import org.madoguchi.reports.AccessLogEntry;
import org.madoguchi.reports.AccessLogParameters;
import org.madoguchi.reports.AccessLogWorkbook;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.store.ChainedAuditEntry;
import org.madoguchi.store.OperatorAccount;
import org.madoguchi.store.Session;

/**
 * The access log an auditor reviews (操作ログ): every audit entry of some days, and those to look
 * at with why (see {@link AccessLogReview}), as an Excel workbook. An auditor's or a supervisor's; audited.
 */
public final class AccessLogReports {

	/** What the workbook holds: the entries of the days, and how many of them are to be looked at. */
	public record Written(long entries, long flagged) {
	}

	private static final String TITLE = "操作ログ";
	private static final int PROGRESS_STEP = 1_000;

	private final Register register;

	AccessLogReports(Register register) {
		this.register = register;
	}

	/** Writes the access log of the days {@code from} to {@code until} (both included, the register's local time) to {@code out}. */
	public Written write(LocalDate from, LocalDate until, Path out, Progress progress) {
		register.require(Permission.READ_AUDIT, "make the access log");
		if (until.isBefore(from)) {
			throw ServiceException.of("accessLog.range", from, until);
		}
		AccessLogRules rules = register.settings().accessLogRules();
		String office = register.office();
		LocalDateTime made = LocalDateTime.now(register.clock());
		// written aside and moved into place: a cancel or a failure leaves no half workbook
		Written written = DraftFile.write(out, draft -> {
			try (AccessLogWorkbook workbook = new AccessLogWorkbook()) {
				Map<String, OperatorAccount> operators = register.store().read(session -> {
					Map<String, OperatorAccount> byId = new HashMap<>();
					session.operators().accounts().forEach(account -> byId.put(account.operator().id(), account));
					review(session, from, until, rules, office.isEmpty() ? null : office, byId, workbook, progress);
					return byId;
				});
				Map<String, String> names = new HashMap<>();
				operators.forEach((id, account) -> names.put(id, account.operator().name()));
				try (OutputStream file = Files.newOutputStream(draft)) {
					workbook.finish(new AccessLogParameters(from, until, rules.opens(), rules.closes(), rules.numberViews(), rules.searches(),
							AccessLogRules.SEARCH_MINUTES, JapaneseHolidays.FIRST_YEAR + "～" + JapaneseHolidays.LAST_YEAR
									+ "年の国民の祝日・休日（振替休日、国民の休日を含む）",
							made, register.operator().id()), names, file);
				}
				return new Written(workbook.entries(), workbook.flagged());
			}
		});
		register.store().write(session -> {
			register.audit(session, AuditOperation.REPORT, null, AuditDetail.of("accessLog", TITLE, written.entries(), written.flagged(), from, until, out));
			return null;
		});
		return written;
	}

	/**
	 * Reads the days' entries twice in one transaction: first to count, then to write each entry with
	 * its reasons. The second reading stops at the newest entry of the first, so that an entry
	 * appended meanwhile is in neither.
	 */
	private static void review(Session session, LocalDate from, LocalDate until, AccessLogRules rules, String office,
			Map<String, OperatorAccount> operators, AccessLogWorkbook workbook, Progress progress) {
		AccessLogReview review = new AccessLogReview(rules);
		long[] counted = { 0, 0 };
		session.audit().chained(from, until, entry -> {
			stopIfCanceled(progress);
			review.count(entry);
			counted[0]++;
			counted[1] = entry.id();
		});
		long[] done = { 0 };
		session.audit().chained(from, until, entry -> {
			if (entry.id() > counted[1]) {
				return;
			}
			stopIfCanceled(progress);
			workbook.add(entry(entry, operators.get(entry.operatorId()), office), review.reasons(entry));
			if (++done[0] % PROGRESS_STEP == 0) {
				progress.worked(done[0], counted[0]);
			}
		});
		progress.worked(counted[0], counted[0]);
	}

	private static void stopIfCanceled(Progress progress) {
		if (progress.isCanceled()) {
			throw ServiceException.of("report.cancelled");
		}
	}

	/** The detail as an auditor reads it: in Japanese where the entry was written from a message. */
	private static String japanese(ChainedAuditEntry entry) {
		Problem message = AuditDetail.read(entry.detailMessage(), entry.detail());
		return message == null ? entry.detail() : message.japanese();
	}

	private static AccessLogEntry entry(ChainedAuditEntry entry, OperatorAccount account, String office) {
		return new AccessLogEntry(entry.id(), entry.at(), entry.operatorId(), account == null ? null : account.operator().name(),
				account == null ? null : Role.valueOf(account.operator().role()).code(), office,
				AuditOperation.labelOf(entry.operation(), Locale.JAPANESE), entry.operation(), entry.residentId(), japanese(entry));
	}
}
