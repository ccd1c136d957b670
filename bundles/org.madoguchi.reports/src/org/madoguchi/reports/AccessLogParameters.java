package org.madoguchi.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * What an access log was asked for and under which rules, printed on its 「条件」 sheet.
 *
 * @param opens the office hours' first minute
 * @param closes the end of the office hours (an entry at this time is outside them)
 * @param numberViews the number views an operator may make in a day before the day's views are flagged
 * @param searches the searches an operator may make in {@code searchMinutes} before they are flagged
 */
public record AccessLogParameters(LocalDate from, LocalDate until, LocalTime opens, LocalTime closes, int numberViews, int searches,
		int searchMinutes, String holidays, LocalDateTime generatedAt, String operator) {
}
