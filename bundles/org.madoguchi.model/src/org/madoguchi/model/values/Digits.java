package org.madoguchi.model.values;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Lenient reading of numbers as clerks type them: full-width digits, spaces and hyphens of every kind. */
final class Digits {

	/** Spaces and the dash-like characters Japanese input methods produce between digit groups. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70]");

	/**
	 * The digits of {@code input} as ASCII, separators removed.
	 *
	 * @throws InvalidValueException naming the first character that is neither a digit nor a separator
	 */
	static String of(String input, Label what) {
		if (input == null || input.isBlank()) {
			throw new InvalidValueException(new Problem("value.empty", what));
		}
		String digits = SEPARATORS.matcher(Normalizer.normalize(input, Normalizer.Form.NFKC)).replaceAll("");
		for (int i = 0; i < digits.length(); i++) {
			char c = digits.charAt(i);
			if (c < '0' || c > '9') {
				throw new InvalidValueException(new Problem("value.notDigit", what, String.valueOf(c)));
			}
		}
		return digits;
	}

	/** The digits, which must be exactly {@code length} of them. */
	static String of(String input, Label what, int length) {
		String digits = of(input, what);
		if (digits.length() != length) {
			throw new InvalidValueException(new Problem("value.length", what, length, digits.length()));
		}
		return digits;
	}

	/** Σ digit × weight over the leading digits, the weights read left to right. */
	static int weightedSum(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum;
	}

	private Digits() {
	}
}
