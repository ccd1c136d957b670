package org.madoguchi.model.values;

import java.text.Normalizer;

/**
 * Kana readings (furigana): what a kana field may hold, and the search key that lets a clerk find
 * ｶﾞｸ, ガク and がく alike. The reading is stored as entered; only the key is folded.
 */
public final class Kana {

	private static final int KATAKANA_TO_HIRAGANA = 0x60;

	/**
	 * The search key: NFKC (half-width to full-width, combining voicing marks composed),
	 * katakana folded to hiragana, small kana to large, spaces and middle dots removed.
	 */
	public static String searchKey(String reading) {
		if (reading == null) {
			return "";
		}
		String normalized = Normalizer.normalize(reading, Normalizer.Form.NFKC);
		StringBuilder key = new StringBuilder(normalized.length());
		normalized.codePoints().forEach(c -> {
			if (Character.isWhitespace(c) || c == '\u30fb' || c == '\u3000') {
				return;
			}
			key.appendCodePoint(toLarge(toHiragana(c)));
		});
		return key.toString();
	}

	/**
	 * Whether {@code text} holds only kana: hiragana, katakana (full- or half-width), the long
	 * vowel mark, voicing and iteration marks, the middle dot and spaces.
	 */
	public static boolean isKana(String text) {
		return text != null && text.codePoints().allMatch(Kana::isKanaCharacter);
	}

	/** The first character of {@code text} that is not kana, or -1. */
	public static int firstNonKana(String text) {
		return text.codePoints().filter(c -> !isKanaCharacter(c)).findFirst().orElse(-1);
	}

	private static boolean isKanaCharacter(int c) {
		return (c >= 0x3041 && c <= 0x3096) // hiragana
				|| (c >= 0x3099 && c <= 0x309e) // voicing and iteration marks
				|| (c >= 0x30a1 && c <= 0x30fe) // katakana, middle dot, long vowel mark, iteration marks
				|| (c >= 0xff66 && c <= 0xff9f) // half-width katakana
				|| c == ' ' || c == '\u3000';
	}

	private static int toHiragana(int c) {
		return c >= 0x30a1 && c <= 0x30f6 ? c - KATAKANA_TO_HIRAGANA : c;
	}

	private static int toLarge(int c) {
		return switch (c) {
		case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ' -> c + 1;
		case 'ゕ' -> 'か';
		case 'ゖ' -> 'け';
		default -> c;
		};
	}

	private Kana() {
	}
}
