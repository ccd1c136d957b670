package org.madoguchi.model.values;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Japan's public holidays of the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, as the Cabinet
 * Office lists them (「国民の祝日」): the national holidays, the substitute holidays (振替休日) after a
 * holiday on a Sunday, the citizens' holidays (国民の休日) between two holidays, and the holidays of
 * 2019's enthronement and of the moved Olympic holidays of 2020 and 2021. Shipped as data
 * ({@code japanese-holidays.csv}) and read once.
 */
public final class JapaneseHolidays {

	public static final int FIRST_YEAR = 2016;
	public static final int LAST_YEAR = 2030;
	private static final String RESOURCE = "japanese-holidays.csv";

	/** Read on first use: only the access-log report asks. */
	private static final class Holder {
		static final Map<LocalDate, String> BY_DAY = read();
	}

	/** The holiday's name on {@code day} ({@code 振替休日} for a substitute holiday), empty on a working day or outside the years the list covers. */
	public static Optional<String> name(LocalDate day) {
		return Optional.ofNullable(Holder.BY_DAY.get(day));
	}

	public static boolean isHoliday(LocalDate day) {
		return Holder.BY_DAY.containsKey(day);
	}

	/** Whether the list covers {@code day}'s year: outside it, no day is known to be a holiday. */
	public static boolean covers(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
	}

	private static Map<LocalDate, String> read() {
		try (InputStream in = JapaneseHolidays.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the model bundle");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			lines.readLine(); // header
			Map<LocalDate, String> byDay = new TreeMap<>();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				int comma = line.indexOf(',');
				byDay.put(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
			}
			return Collections.unmodifiableMap(byDay);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private JapaneseHolidays() {
	}
}
