package org.madoguchi.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a report was asked for and by whom, printed on its 「条件」 sheet so that a printed copy explains itself. */
public record ReportParameters(String title, LocalDate asOf, Integer withinDays, String kind, String municipality,
		List<String> ruleSets, Instant generatedAt, String operator, boolean withNumber) {
}
