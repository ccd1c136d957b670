package org.madoguchi.model.values;

/** Japanese postal codes: 7 digits, shown NNN-NNNN. A postal code does not identify a municipality. */
public final class PostalCode {

	private static final Label WHAT = Label.POSTAL_CODE;

	/** 7 ASCII digits; accepts "〒100-0001", full-width digits and spaces. */
	public static String normalize(String input) {
		String withoutMark = input == null ? null : input.replace("\u3012", "");
		return Digits.of(withoutMark, WHAT, 7);
	}

	/** "100-0001". */
	public static String format(String postalCode) {
		String digits = normalize(postalCode);
		return digits.substring(0, 3) + "-" + digits.substring(3);
	}

	private PostalCode() {
	}
}
