package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.LocalGovernments;
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
	}

	@Test
	void aCodeWithARightCheckDigitThatNoLocalGovernmentHasIsRefused() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> LocalGovernmentCode.normalize("100030"));
		assertEquals(new Problem("localGovernmentCode.unknown", "100030", LocalGovernments.AS_OF), refused.problem());
		assertEquals("100030 \u306f\u5168\u56fd\u5730\u65b9\u516c\u5171\u56e3\u4f53\u30b3\u30fc\u30c9\u306e\u4e00\u89a7\uff082024-01-01 \u73fe\u5728\uff09\u306b\u3042\u308a\u307e\u305b\u3093\u3002",
				refused.problem().japanese());
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
