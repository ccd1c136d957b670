package org.madoguchi.exchange.csv;

import java.util.regex.Pattern;

/**
 * Values of a resident file meant for Excel (utf-8-bom, cp932). Excel runs a cell that starts with
 * {@code = + - @}, a tab or a carriage return as a formula ({@code =HYPERLINK(…)} in a name: CSV
 * injection), so such a value is written with a leading {@code '}, as OWASP recommends, and read
 * back without it. A value that already starts with {@code '} before one of them gets one more, so
 * that reading gives back exactly what was written: the round trip holds for every value.
 */
final class FormulaGuard {

	private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r]");

	static String neutralise(String value) {
		return FORMULA.matcher(value).lookingAt() ? "'" + value : value;
	}

	static String restore(String value) {
		return value.startsWith("'") && FORMULA.matcher(value).lookingAt() ? value.substring(1) : value;
	}

	private FormulaGuard() {
	}
}
