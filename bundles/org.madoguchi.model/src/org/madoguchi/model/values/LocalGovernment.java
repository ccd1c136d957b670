package org.madoguchi.model.values;

/**
 * One entry of the list of local government codes: a prefecture, or a municipality (市区町村) with
 * the prefecture it belongs to.
 *
 * @param code the 6-digit code with its check digit
 * @param prefecture the prefecture's name (東京都)
 * @param name the entry's own name: the municipality (千代田区), or for a prefecture its name again
 * @param kana the reading of {@code name} as the list writes it (half-width katakana)
 */
public record LocalGovernment(String code, String prefecture, String name, String kana) {

	public boolean isPrefecture() {
		return code.startsWith("000", 2);
	}
}
