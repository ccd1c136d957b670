package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.Problem;

class IndividualNumberTest {

	@ParameterizedTest
	@ValueSource(strings = { "123456789018", "023456789013", "621498320257", "548836529885", "465281266333", "983205673214" })
	void publishedValidExamplesAreValid(String number) {
		assertEquals(number, IndividualNumber.normalize(number));
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789010", "123456789011", "123456789012" })
	void publishedInvalidExamplesNameTheExpectedCheckDigit(String number) {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> IndividualNumber.normalize(number));
		assertEquals(new Problem("individualNumber.checkDigit", number.charAt(11) - '0', 8), refused.problem());
		assertTrue(refused.problem().english().contains("is 8"), refused.problem().english());
	}

	@Test
	void checkDigitIsZeroWhenTheRemainderIsZeroOrOne() {
		assertEquals(0, IndividualNumber.checkDigit("00000000000")); // r = 0
		assertEquals(0, IndividualNumber.checkDigit("20000000000")); // 2 × 6 = 12, r = 1
		assertEquals(9, IndividualNumber.checkDigit("00000000001")); // 1 × 2 = 2, r = 2 → 11 − 2
		assertEquals(2, IndividualNumber.checkDigit("00000000030")); // 3 × 3 = 9, r = 9 → 11 − 9
		assertEquals(8, IndividualNumber.checkDigit("12345678901"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234 5678 9018", "1234-5678-9018", "\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff10\uff11\uff18",
			"1234\u30fc5678\u30fc9018", " 123456789018 ", "1234\u30005678\u30009018", "1234\uff0d5678\uff0d9018" })
	void acceptsSpacesHyphensAndFullWidthDigits(String typed) {
		assertEquals("123456789018", IndividualNumber.normalize(typed));
	}

	@Test
	void wrongLengthSaysHowManyDigits() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> IndividualNumber.normalize("12345678901"));
		assertEquals("The Individual Number must have 12 digits, not 11.", refused.problem().english());
		assertEquals("個人番号は12桁です（入力は11桁）。", refused.problem().japanese());
	}

	@Test
	void letterIsNamed() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> IndividualNumber.normalize("12345678901O"));
		assertEquals(new Problem("value.notDigit", Label.INDIVIDUAL_NUMBER, "O"), refused.problem());
	}

	@Test
	void formatsInFourFourFourGroupsAndMasksAllButTheLastGroup() {
		assertEquals("1234 5678 9018", IndividualNumber.format("123456789018"));
		assertEquals("\u25cf\u25cf\u25cf\u25cf \u25cf\u25cf\u25cf\u25cf 9018", IndividualNumber.mask("1234-5678-9018"));
	}

	@Test
	void aTextQuotingARecordShowsItsNumbersMaskedAndNothingElseChanged() {
		String masked = "\u25cf\u25cf\u25cf\u25cf \u25cf\u25cf\u25cf\u25cf 9018";
		assertEquals("The Individual Number " + masked + " already belongs to resident 2000000000001.",
				IndividualNumber.maskWithin("The Individual Number 1234 5678 9018 already belongs to resident 2000000000001."));
		assertEquals("{\"individualNumber\":\"" + masked + "\",\"serial\":\"AB1234567890\",\"phone\":\"123456789012\"}",
				IndividualNumber.maskWithin("{\"individualNumber\":\"123456789018\",\"serial\":\"AB1234567890\",\"phone\":\"123456789012\"}"),
				"a card serial and twelve digits that are no valid number stay");
		assertEquals("番号 " + masked, IndividualNumber.maskWithin("番号 1234-5678-9018"), "hyphenated too");
		assertEquals("番号 " + masked, IndividualNumber.maskWithin("番号 \uff11\uff12\uff13\uff14\u3000\uff15\uff16\uff17\uff18\u3000\uff19\uff10\uff11\uff18"),
				"and as typed with a Japanese input method");
	}

	@Test
	void checkDigitZeroIsFlaggedAsWeak() {
		assertTrue(IndividualNumber.hasWeakCheckDigit("000000000000"));
		assertFalse(IndividualNumber.hasWeakCheckDigit("123456789018"));
		assertFalse(IndividualNumber.isValid("000000000001"));
	}

	@Test
	void demoNumbersAreTheSyntheticRange() {
		String demo = "00000000005" + IndividualNumber.checkDigit("00000000005");
		assertTrue(IndividualNumber.isSynthetic(demo));
		assertTrue(IndividualNumber.isSynthetic(demo.substring(0, 4) + " " + demo.substring(4, 8) + " " + demo.substring(8)));
		assertFalse(IndividualNumber.isSynthetic("123456789018"));
		assertFalse(IndividualNumber.isSynthetic("023456789013"), "a real number may begin with 0");
	}
}
