package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.PostalCode;
import org.madoguchi.model.values.Problem;

class LocalGovernmentAndPostalCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "131016", "011002", "130001" })
	void publishedCodesAreValid(String code) {
		assertEquals(code, LocalGovernmentCode.normalize(code));
	}

	@Test
	void remainderZeroGivesOneAndRemainderOneGivesZero() {
		assertEquals(1, LocalGovernmentCode.checkDigit("11000")); // 6 + 5 = 11, r = 0
		assertEquals(0, LocalGovernmentCode.checkDigit("10003")); // 6 + 2 × 3 = 12, r = 1
		assertEquals("110001", LocalGovernmentCode.normalize("110001"));
		assertEquals("100030", LocalGovernmentCode.normalize("100030"));
	}

	@Test
	void wrongCheckDigitNamesTheRightOne() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> LocalGovernmentCode.normalize("131017"));
		assertEquals(new Problem("localGovernmentCode.checkDigit", 7, 6), refused.problem());
	}

	@Test
	void prefectureOutsideOneToFortySevenIsRefused() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> LocalGovernmentCode.normalize("481007"));
		assertEquals("localGovernmentCode.prefecture", refused.problem().key());
		assertEquals("13", LocalGovernmentCode.prefecture("131016"));
	}

	@Test
	void postalCodesAreSevenDigitsShownWithAHyphen() {
		assertEquals("1000001", PostalCode.normalize("〒100-0001"));
		assertEquals("1000001", PostalCode.normalize("\uff11\uff10\uff10\uff0d\uff10\uff10\uff10\uff11"));
		assertEquals("100-0001", PostalCode.format("1000001"));
		assertThrows(InvalidValueException.class, () -> PostalCode.normalize("100-001"));
	}
}
