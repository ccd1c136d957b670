package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.values.Kana;

class KanaTest {

	@Test
	void halfWidthFullWidthKatakanaAndHiraganaShareOneKey() {
		String key = Kana.searchKey("がくと");
		assertEquals(key, Kana.searchKey("ガクト"));
		assertEquals(key, Kana.searchKey("ｶﾞｸﾄ"));
	}

	@Test
	void smallKanaFoldToLargeAndSpacesAndDotsDisappear() {
		assertEquals("きつかわ", Kana.searchKey("キッカワ"));
		assertEquals("しよう", Kana.searchKey("ショウ"));
		assertEquals("やまだたろう", Kana.searchKey("ヤマダ　タロウ"));
		assertEquals("じよんすみす", Kana.searchKey("ジョン・スミス"));
		assertEquals("ゔあ", Kana.searchKey("ヴァ"));
	}

	@Test
	void theLongVowelMarkStays() {
		assertEquals("ろーら", Kana.searchKey("ローラ"));
		assertEquals("ろーら", Kana.searchKey("ﾛｰﾗ"));
	}

	@Test
	void kanaFieldsRefuseKanjiAndLatin() {
		assertTrue(Kana.isKana("やまだ タロウ ｶﾞｸ"));
		assertFalse(Kana.isKana("山田"));
		assertFalse(Kana.isKana("Yamada"));
		assertEquals('山', Kana.firstNonKana("やま山"));
	}
}
