package org.madoguchi.model.values;

/**
 * The 6-digit local government code (全国地方公共団体コード): prefecture (JIS X 0401, 2 digits),
 * municipality (JIS X 0402, 3 digits) and a check digit.
 */
public final class LocalGovernmentCode {

	private static final int[] WEIGHTS = { 6, 5, 4, 3, 2 };
	private static final Label WHAT = Label.LOCAL_GOVERNMENT_CODE;

	/** The last digit of 11 − (Σ digit × weight mod 11): remainder 0 gives 1, remainder 1 gives 0. */
	public static int checkDigit(String fiveDigits) {
		return (11 - Digits.weightedSum(fiveDigits, WEIGHTS) % 11) % 10;
	}

	/**
	 * The code as 6 ASCII digits.
	 *
	 * @throws InvalidValueException when it is not 6 digits, names no prefecture, the check digit is wrong, or
	 *         the code is not on the list of local governments
	 */
	public static String normalize(String input) {
		String digits = Digits.of(input, WHAT, 6);
		int prefecture = Integer.parseInt(digits.substring(0, 2));
		if (prefecture < 1 || prefecture > 47) {
			throw new InvalidValueException(new Problem("localGovernmentCode.prefecture", digits.substring(0, 2)));
		}
		int expected = checkDigit(digits);
		int given = digits.charAt(5) - '0';
		if (given != expected) {
			throw new InvalidValueException(new Problem("localGovernmentCode.checkDigit", given, expected));
		}
		if (LocalGovernments.find(digits).isEmpty()) {
			throw new InvalidValueException(new Problem("localGovernmentCode.unknown", digits, LocalGovernments.AS_OF));
		}
		return digits;
	}

	/** The prefecture part: "13" for Tokyo. */
	public static String prefecture(String code) {
		return normalize(code).substring(0, 2);
	}

	private LocalGovernmentCode() {
	}
}
