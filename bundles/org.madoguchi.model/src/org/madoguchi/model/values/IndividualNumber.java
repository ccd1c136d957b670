package org.madoguchi.model.values;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 12-digit Individual Number (個人番号, "My Number"): 11 base digits and a check digit
 * (MIC ordinance No. 85 of 2014, art. 5).
 */
public final class IndividualNumber {

	/** Weights of the 11 base digits, read left to right. */
	private static final int[] WEIGHTS = { 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
	private static final Label WHAT = Label.INDIVIDUAL_NUMBER;
	private static final String MASK = "\u25cf\u25cf\u25cf\u25cf \u25cf\u25cf\u25cf\u25cf ";
	/** Twelve digits standing alone in a text (ASCII or full-width), run together or grouped 4-4-4 by spaces or hyphens of either width. */
	private static final Pattern WRITTEN = Pattern.compile(
			"(?<![0-9\uFF10-\uFF19A-Za-z])[0-9\uFF10-\uFF19]{4}[ \u3000\\-\uFF0D\u2212\u30FC]*[0-9\uFF10-\uFF19]{4}[ \u3000\\-\uFF0D\u2212\u30FC]*[0-9\uFF10-\uFF19]{4}(?![0-9\uFF10-\uFF19A-Za-z])");

	/**
	 * The synthetic range: demo numbers begin with these digits (then the demo resident's index in
	 * 8 digits and the check digit). Production registers refuse them.
	 */
	public static final String SYNTHETIC_PREFIX = "000";

	/** The check digit for 11 base digits: r = Σ digit × weight mod 11; 0 if r ≤ 1, else 11 − r. */
	public static int checkDigit(String baseDigits) {
		int remainder = Digits.weightedSum(baseDigits, WEIGHTS) % 11;
		return remainder <= 1 ? 0 : 11 - remainder;
	}

	/**
	 * The number as 12 ASCII digits, read leniently (spaces, hyphens, full-width digits).
	 *
	 * @throws InvalidValueException when it is not 12 digits or the check digit is wrong
	 */
	public static String normalize(String input) {
		String digits = Digits.of(input, WHAT, 12);
		int expected = checkDigit(digits);
		int given = digits.charAt(11) - '0';
		if (given != expected) {
			throw new InvalidValueException(new Problem("individualNumber.checkDigit", given, expected));
		}
		return digits;
	}

	/** Whether {@code input} is a valid Individual Number in any accepted spelling. */
	public static boolean isValid(String input) {
		try {
			normalize(input);
			return true;
		} catch (InvalidValueException e) {
			return false;
		}
	}

	/** Whether a valid number, in any accepted spelling, lies in the synthetic range of demo data. */
	public static boolean isSynthetic(String number) {
		return normalize(number).startsWith(SYNTHETIC_PREFIX);
	}

	/** "1234 5678 9018": the 4-4-4 grouping used on the card and on screen. */
	public static String format(String number) {
		String digits = normalize(number);
		return digits.substring(0, 4) + " " + digits.substring(4, 8) + " " + digits.substring(8);
	}

	/** "●●●● ●●●● 9018": what is shown to a role that may not see the number. */
	public static String mask(String number) {
		return MASK + normalize(number).substring(8);
	}

	/**
	 * {@code text} with every valid number written in it {@linkplain #mask masked}: for texts that
	 * quote a record (a refusal, a journal entry) shown to a reader who did not ask to see the number.
	 */
	public static String maskWithin(String text) {
		return WRITTEN.matcher(text).replaceAll(found -> Matcher.quoteReplacement(isValid(found.group()) ? mask(found.group()) : found.group()));
	}

	/**
	 * Whether the check digit is 0: then about 9 % of single-digit typos go undetected, so the UI
	 * warns and a second factor (name and birth date) must match.
	 */
	public static boolean hasWeakCheckDigit(String number) {
		return normalize(number).charAt(11) == '0';
	}

	private IndividualNumber() {
	}
}
