package org.madoguchi.reports;

import java.time.LocalDate;

/**
 * One expiring document on a report.
 *
 * @param town the town or ward of the holder's current address (for the summary)
 * @param rule why the date is what it is (the rules calculator's reason)
 * @param residenceUntil the end of the period of stay where that decides the date, else null
 * @param individualNumber the full number, only when the report was asked with it and the role allows it
 */
public record ReportRow(long residentId, String name, String kana, LocalDate birthDate, String address, String town,
		String household, String serial, Document document, LocalDate expiry, LocalDate renewalFrom, String rule,
		boolean foreign, LocalDate residenceUntil, boolean noticeSent, String individualNumber) {
}
