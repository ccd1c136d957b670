package org.madoguchi.model.values;

/**
 * One entry of the list of local government codes: a prefecture, a municipality (市区町村) with
 * the prefecture it belongs to, or a ward (行政区) of a designated city (政令指定都市).
 *
 * @param code the 6-digit code with its check digit
 * @param prefecture the prefecture's name (東京都)
 * @param name the entry's own name: the municipality (千代田区); for a ward the city's name and the
 *        ward's, as the register writes it (札幌市中央区); for a prefecture its name again
 * @param kana the reading of {@code name} as the list writes it (half-width katakana)
 * @param city for a ward, the code of its designated city (札幌市 {@code 011002}); otherwise {@code null}
 */
public record LocalGovernment(String code, String prefecture, String name, String kana, String city) {

	/** A prefecture or a municipality: an entry that is no ward. */
	public LocalGovernment(String code, String prefecture, String name, String kana) {
		this(code, prefecture, name, kana, null);
	}

	public boolean isPrefecture() {
		return code.startsWith("000", 2);
	}

	/** A ward of a designated city (札幌市中央区), whose register the ward keeps under its own code. */
	public boolean isWard() {
		return city != null;
	}
}
