package org.madoguchi.model.values;

/**
 * Nationals and foreign residents. The register records a nationality as an ISO 3166 alpha-3
 * code; Japan's is {@value #JAPAN}. The two are treated apart throughout: the card shows a
 * national's birth date in the Japanese era and name in kanji, a foreign resident's in the
 * Western calendar and in Roman letters, and only foreign residents have a residence status.
 */
public final class Nationality {

	public static final String JAPAN = "JPN";

	/** Whether a resident of {@code nationality} is a Japanese national. */
	public static boolean isNational(String nationality) {
		return JAPAN.equals(nationality);
	}

	private Nationality() {
	}
}
