package org.madoguchi.service;

import java.time.LocalTime;

import org.madoguchi.store.Settings;

/**
 * What the access log flags for an auditor: work outside the office hours, more Individual
 * Number views by one operator in a day than {@code numberViews}, and more searches by one
 * operator in {@value #SEARCH_MINUTES} minutes than {@code searches}. Kept in the register, a
 * supervisor's to change.
 *
 * @param closes the end of the office hours: an entry at this minute is outside them
 */
public record AccessLogRules(LocalTime opens, LocalTime closes, int numberViews, int searches) {

	public static final AccessLogRules DEFAULT = new AccessLogRules(LocalTime.of(8, 0), LocalTime.of(19, 0), 50, 30);
	/** The window in which searches are counted. */
	public static final int SEARCH_MINUTES = 10;
	public static final int MAX_NUMBER_VIEWS = 100_000;
	public static final int MAX_SEARCHES = 100_000;

	static final String OPENS = "accessLog.opens";
	static final String CLOSES = "accessLog.closes";
	static final String NUMBER_VIEWS = "accessLog.numberViews";
	static final String SEARCHES = "accessLog.searches";

	/** The rules a register holds, the defaults where a supervisor chose none. */
	static AccessLogRules of(Settings settings) {
		return new AccessLogRules(settings.get(OPENS).map(LocalTime::parse).orElse(DEFAULT.opens),
				settings.get(CLOSES).map(LocalTime::parse).orElse(DEFAULT.closes),
				settings.get(NUMBER_VIEWS).map(Integer::parseInt).orElse(DEFAULT.numberViews),
				settings.get(SEARCHES).map(Integer::parseInt).orElse(DEFAULT.searches));
	}

	/** Refuses office hours that do not open before they close, and limits outside their ranges. */
	void check() {
		if (!opens.isBefore(closes) || numberViews < 1 || numberViews > MAX_NUMBER_VIEWS || searches < 1 || searches > MAX_SEARCHES) {
			throw ServiceException.of("settings.accessLogRules", MAX_NUMBER_VIEWS, MAX_SEARCHES, SEARCH_MINUTES);
		}
	}

	/** The office hours as the rules are written: {@code 08:00-19:00}. */
	public String hours() {
		return opens + "-" + closes;
	}

	void store(Settings settings) {
		settings.put(OPENS, opens.toString());
		settings.put(CLOSES, closes.toString());
		settings.put(NUMBER_VIEWS, String.valueOf(numberViews));
		settings.put(SEARCHES, String.valueOf(searches));
	}
}
