package org.madoguchi.store.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.madoguchi.model.Address;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.Kana;

/**
 * The keys the clerk's searches run on. Names and addresses are stored exactly as entered;
 * these keys are folded (NFKC, no spaces, upper case) so that what a clerk types finds them.
 */
final class SearchKeys {

	private static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
			"茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県",
			"長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
			"島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県",
			"大分県", "宮崎県", "鹿児島県", "沖縄県");

	/** The lengths of the resident table's name_key and address_key columns. */
	private static final int NAME_KEY_LENGTH = 200;
	private static final int ADDRESS_KEY_LENGTH = 400;

	static String kana(String familyNameKana, String givenNameKana) {
		return Kana.searchKey(nullToEmpty(familyNameKana) + nullToEmpty(givenNameKana));
	}

	static String name(String familyName, String givenName) {
		return within(fold(nullToEmpty(familyName) + nullToEmpty(givenName)), NAME_KEY_LENGTH);
	}

	/** Municipality, town, chōme and number: a clerk types an address from the municipality on. */
	static String address(Address address) {
		return within(fold(nullToEmpty(Addresses.municipalityName(address)) + nullToEmpty(address.getTown())
				+ nullToEmpty(address.getChome()) + nullToEmpty(address.getNumber())), ADDRESS_KEY_LENGTH);
	}

	/**
	 * The beginning of a key that fits its column. NFKC writes some characters as several (the
	 * ligature U+FDFA as 18 letters), so a name within its maximum can fold to a longer key; the
	 * searches match beginnings, and nobody types 200 characters.
	 */
	private static String within(String key, int length) {
		if (key.length() <= length) {
			return key;
		}
		return key.substring(0, Character.isHighSurrogate(key.charAt(length - 1)) ? length - 1 : length);
	}

	/** An address as typed, with a leading prefecture dropped, folded like {@link #address}. */
	static String addressQuery(String text) {
		String folded = fold(text);
		for (String prefecture : PREFECTURES) {
			if (folded.startsWith(prefecture)) {
				return folded.substring(prefecture.length());
			}
		}
		return folded;
	}

	/** The address as shown in lists: prefecture to building. */
	static String addressText(Address address) {
		String building = address.getBuilding() == null || address.getBuilding().isBlank() ? "" : " " + address.getBuilding();
		return nullToEmpty(address.getPrefecture()) + nullToEmpty(Addresses.municipalityName(address)) + nullToEmpty(address.getTown())
				+ nullToEmpty(address.getChome()) + nullToEmpty(address.getNumber()) + building;
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	static boolean isPrefecture(String text) {
		return PREFECTURES.stream().anyMatch(fold(text)::startsWith);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private SearchKeys() {
	}
}
