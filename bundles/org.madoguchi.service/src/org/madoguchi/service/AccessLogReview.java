package org.madoguchi.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.model.values.JapaneseHolidays;
import org.madoguchi.store.ChainedAuditEntry;

/**
 * Decides which audit entries an auditor should look at, and why (in Japanese, as the workbook
 * speaks). The trail is read twice: the first reading counts each operator's number views per day
 * and finds the bursts of searches, the second asks for each entry's reasons.
 */
final class AccessLogReview {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("H:mm");

	private record OperatorDay(String operatorId, LocalDate day) {
	}

	private record Search(long id, LocalDateTime at) {
	}

	private final AccessLogRules rules;
	private final Duration window = Duration.ofMinutes(AccessLogRules.SEARCH_MINUTES);
	private final Map<OperatorDay, Integer> numberViews = new HashMap<>();
	/** Each operator's searches in the window before the newest one read. */
	private final Map<String, Deque<Search>> recentSearches = new HashMap<>();
	/** The flagged searches, with the most searches a window holding each counted. */
	private final Map<Long, Integer> burstSearches = new HashMap<>();

	AccessLogReview(AccessLogRules rules) {
		this.rules = rules;
	}

	/** The first reading: counts what the reasons depend on. */
	void count(ChainedAuditEntry entry) {
		if (AuditOperation.SHOW_NUMBER.code().equals(entry.operation())) {
			numberViews.merge(new OperatorDay(entry.operatorId(), entry.at().toLocalDate()), 1, Integer::sum);
		} else if (AuditOperation.SEARCH.code().equals(entry.operation())) {
			Deque<Search> recent = recentSearches.computeIfAbsent(entry.operatorId(), operator -> new ArrayDeque<>());
			while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(entry.at().minus(window))) {
				recent.removeFirst();
			}
			recent.addLast(new Search(entry.id(), entry.at()));
			if (recent.size() > rules.searches()) {
				for (Search search : recent) {
					burstSearches.merge(search.id(), recent.size(), Math::max);
				}
			}
		}
	}

	/** The second reading: why the auditor should look at {@code entry}; empty for an ordinary one. */
	List<String> reasons(ChainedAuditEntry entry) {
		List<String> reasons = new ArrayList<>();
		LocalTime time = entry.at().toLocalTime();
		if (time.isBefore(rules.opens()) || !time.isBefore(rules.closes())) {
			reasons.add("執務時間外（" + MINUTE.format(time) + "、執務時間 " + MINUTE.format(rules.opens()) + "～" + MINUTE.format(rules.closes()) + "）");
		}
		LocalDate day = entry.at().toLocalDate();
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
			reasons.add("土曜日");
		} else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			reasons.add("日曜日");
		}
		JapaneseHolidays.name(day).ifPresent(holiday -> reasons.add("祝日・休日（" + holiday + "）"));
		if (AuditOperation.SHOW_NUMBER.code().equals(entry.operation())) {
			int views = numberViews.getOrDefault(new OperatorDay(entry.operatorId(), day), 0);
			if (views > rules.numberViews()) {
				reasons.add("個人番号の表示が1日 " + rules.numberViews() + " 件を超過（この日 " + views + " 件）");
			}
		}
		Integer burst = burstSearches.get(entry.id());
		if (burst != null) {
			reasons.add(AccessLogRules.SEARCH_MINUTES + " 分間に " + burst + " 件の検索（上限 " + rules.searches() + " 件）");
		}
		AuditOperation.ofCode(entry.operation()).ifPresent(operation -> {
			if (operation == AuditOperation.LOGIN_FAILED) {
				reasons.add("ログイン失敗");
			} else if (operation.heldFullNumbers()) {
				reasons.add("個人番号を含む印刷・出力");
			}
		});
		return reasons;
	}
}
