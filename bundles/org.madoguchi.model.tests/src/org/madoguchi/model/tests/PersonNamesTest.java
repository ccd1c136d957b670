package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.PersonNames;

class PersonNamesTest {

	@Test
	void aNameInKanjiOrKanaIsJoinedWithAFullWidthSpace() {
		assertEquals("山田\u3000太郎", PersonNames.full("山田", "太郎"));
		assertEquals("ヤマダ\u3000タロウ", PersonNames.full("ヤマダ", "タロウ"));
		assertEquals("ｸﾞｴﾝ\u3000ｱﾝ", PersonNames.full("ｸﾞｴﾝ", "ｱﾝ"));
	}

	@Test
	void aNameInRomanLettersIsJoinedWithAHalfWidthSpace() {
		assertEquals("NGUYEN VAN AN", PersonNames.full("NGUYEN", "VAN AN"));
		assertEquals("O'BRIEN MARY-JANE", PersonNames.full("O'BRIEN", "MARY-JANE"));
		assertEquals("MÜLLER JÖRG", PersonNames.full("MÜLLER", "JÖRG"));
	}

	@Test
	void romanLettersBesideKanjiMakeAKanjiName() {
		assertEquals("SMITH\u3000太郎", PersonNames.full("SMITH", "太郎"));
	}

	@Test
	void withoutAGivenNameTheFamilyNameStandsAlone() {
		assertEquals("山田", PersonNames.full("山田", null));
		assertEquals("NGUYEN", PersonNames.full("NGUYEN", ""));
	}

	@Test
	void aResidentsNameAndReadingAreJoinedTheSameWay() {
		Resident resident = Residents.yamadaHanako();
		assertEquals("山田\u3000花子", PersonNames.of(resident));
		assertEquals("ヤマダ\u3000ハナコ", PersonNames.readingOf(resident));
	}
}
