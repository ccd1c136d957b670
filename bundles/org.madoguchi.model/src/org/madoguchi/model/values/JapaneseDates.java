package org.madoguchi.model.values;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as offices write them: ISO-8601 (2023-04-01), Western with slashes or kanji
 * (2023/4/1, 2023年4月1日), or in the Japanese era (令和5年4月1日, 令和元年5月1日, R5.4.1,
 * R05.04.01, H2.3.4, 昭和64年1月7日). An era date that does not exist (平成31年5月1日) is refused.
 */
public final class JapaneseDates {

	private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
	private static final Pattern ERA_KANJI = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");
	private static final Pattern ERA_LETTER = Pattern.compile("([MTSHRmtshr])(\\d{1,2})[./\\-](\\d{1,2})[./\\-](\\d{1,2})");

	private static final Map<String, JapaneseEra> ERAS = Map.of(
			"明治", JapaneseEra.MEIJI, "大正", JapaneseEra.TAISHO, "昭和", JapaneseEra.SHOWA,
			"平成", JapaneseEra.HEISEI, "令和", JapaneseEra.REIWA,
			"M", JapaneseEra.MEIJI, "T", JapaneseEra.TAISHO, "S", JapaneseEra.SHOWA,
			"H", JapaneseEra.HEISEI, "R", JapaneseEra.REIWA);

	private static final Map<JapaneseEra, String> KANJI = Map.of(
			JapaneseEra.MEIJI, "明治", JapaneseEra.TAISHO, "大正", JapaneseEra.SHOWA, "昭和",
			JapaneseEra.HEISEI, "平成", JapaneseEra.REIWA, "令和");

	private static final Map<JapaneseEra, String> LETTERS = Map.of(
			JapaneseEra.MEIJI, "M", JapaneseEra.TAISHO, "T", JapaneseEra.SHOWA, "S",
			JapaneseEra.HEISEI, "H", JapaneseEra.REIWA, "R");

	/**
	 * Reads a date in any of the accepted forms; full-width digits are accepted.
	 *
	 * @throws InvalidValueException naming the input and why it is not a date
	 */
	public static LocalDate parse(String input) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException(new Problem("date.empty"));
		}
		String text = Normalizer.normalize(input, Normalizer.Form.NFKC).strip();
		Matcher western = WESTERN.matcher(text);
		if (western.matches()) {
			return gregorian(input, western.group(1), western.group(2), western.group(3));
		}
		Matcher kanji = ERA_KANJI.matcher(text);
		if (kanji.matches()) {
			String year = kanji.group(2).equals("元") ? "1" : kanji.group(2);
			return era(input, ERAS.get(kanji.group(1)), year, kanji.group(3), kanji.group(4));
		}
		Matcher letter = ERA_LETTER.matcher(text);
		if (letter.matches()) {
			JapaneseEra era = ERAS.get(letter.group(1).toUpperCase());
			return era(input, era, letter.group(2), letter.group(3), letter.group(4));
		}
		throw new InvalidValueException(new Problem("date.format", input));
	}

	private static LocalDate gregorian(String input, String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException e) {
			throw new InvalidValueException(new Problem("date.impossible", input));
		}
	}

	private static LocalDate era(String input, JapaneseEra era, String year, String month, String day) {
		int yearOfEra = Integer.parseInt(year);
		try {
			LocalDate.of(2000, Integer.parseInt(month), Integer.parseInt(day));
		} catch (DateTimeException e) {
			throw new InvalidValueException(new Problem("date.impossible", input));
		}
		try {
			if (yearOfEra < 1) {
				throw new DateTimeException("year 0");
			}
			return LocalDate.from(JapaneseDate.of(era, yearOfEra, Integer.parseInt(month), Integer.parseInt(day)));
		} catch (DateTimeException e) {
			throw new InvalidValueException(new Problem("date.notInEra", input, KANJI.get(era)));
		}
	}

	/** "令和5年4月1日" (元年 for the first year); Western "1872年1月1日" before the Meiji calendar. */
	public static String eraKanji(LocalDate date) {
		if (!isInJapaneseCalendar(date)) {
			return westernKanji(date);
		}
		JapaneseDate japanese = JapaneseDate.from(date);
		int year = japanese.get(ChronoField.YEAR_OF_ERA);
		return KANJI.get(japanese.getEra()) + (year == 1 ? "元" : String.valueOf(year)) + "年"
				+ date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** "R5.4.1"; ISO before the Meiji calendar. */
	public static String eraShort(LocalDate date) {
		if (!isInJapaneseCalendar(date)) {
			return date.toString();
		}
		JapaneseDate japanese = JapaneseDate.from(date);
		String letter = LETTERS.get(japanese.getEra());
		return letter + japanese.get(ChronoField.YEAR_OF_ERA) + "." + date.getMonthValue() + "." + date.getDayOfMonth();
	}

	/** "2029年10月10日": the Western form printed on the card ("… まで有効"). */
	public static String westernKanji(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static boolean isInJapaneseCalendar(LocalDate date) {
		return !date.isBefore(LocalDate.of(1873, 1, 1));
	}

	private JapaneseDates() {
	}
}
