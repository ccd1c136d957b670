package org.madoguchi.exchange.csv;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident file's {@code town} column holds the town with its 丁目 (千代田1丁目); the register
 * keeps the two apart, as the address is structured (町・大字, then 丁目).
 *
 * @param town the town or ōaza
 * @param chome the 丁目 as written (1丁目, 一丁目), or null when the address has none
 */
record TownAndChome(String town, String chome) {

	/** A trailing number of 丁目 in ASCII, full-width or kanji digits, after at least one character of town. */
	private static final Pattern TRAILING_CHOME = Pattern.compile("(.+?)([0-9０-９〇一二三四五六七八九十]+丁目)");

	static TownAndChome of(String written) {
		if (written == null) {
			return new TownAndChome(null, null);
		}
		Matcher matcher = TRAILING_CHOME.matcher(written);
		return matcher.matches() ? new TownAndChome(matcher.group(1), matcher.group(2)) : new TownAndChome(written, null);
	}
}
