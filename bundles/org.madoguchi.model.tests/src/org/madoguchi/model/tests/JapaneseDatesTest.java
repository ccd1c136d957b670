package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;

class JapaneseDatesTest {

	@ParameterizedTest
	@CsvSource({
			"2023-04-01, 2023-04-01", "2023/4/1, 2023-04-01", "2023年4月1日, 2023-04-01",
			"令和5年4月1日, 2023-04-01", "R5.4.1, 2023-04-01", "R05.04.01, 2023-04-01", "r5.4.1, 2023-04-01",
			"H2.3.4, 1990-03-04", "昭和64年1月7日, 1989-01-07", "平成元年1月8日, 1989-01-08",
			"平成31年4月30日, 2019-04-30", "令和元年5月1日, 2019-05-01", "大正15年12月24日, 1926-12-24",
			"昭和元年12月25日, 1926-12-25", "M45.7.29, 1912-07-29", "T1.7.30, 1912-07-30",
			"\uff32\uff15\uff0e\uff14\uff0e\uff11, 2023-04-01", "令和５年４月１日, 2023-04-01" })
	void readsIsoWesternAndEraForms(String typed, LocalDate expected) {
		assertEquals(expected, JapaneseDates.parse(typed));
	}

	@ParameterizedTest
	@ValueSource(strings = { "平成31年5月1日", "昭和64年1月8日", "令和0年5月1日", "H32.1.1", "大正16年1月1日", "R1.4.30" })
	void refusesEraDatesThatDoNotExist(String typed) {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> JapaneseDates.parse(typed));
		assertEquals("date.notInEra", refused.problem().key(), refused.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023-02-30", "令和5年2月30日", "R5.13.1" })
	void refusesDatesNotInTheCalendar(String typed) {
		assertEquals("date.impossible", assertThrows(InvalidValueException.class, () -> JapaneseDates.parse(typed)).problem().key());
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "5/4/2023", "", "令和五年四月一日" })
	void refusesOtherText(String typed) {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> JapaneseDates.parse(typed));
		assertEquals(typed.isEmpty() ? "date.empty" : "date.format", refused.problem().key());
	}

	@Test
	void printsEraDatesWithGannenForTheFirstYear() {
		assertEquals("令和5年4月1日", JapaneseDates.eraKanji(LocalDate.of(2023, 4, 1)));
		assertEquals("令和元年5月1日", JapaneseDates.eraKanji(LocalDate.of(2019, 5, 1)));
		assertEquals("昭和64年1月7日", JapaneseDates.eraKanji(LocalDate.of(1989, 1, 7)));
		assertEquals("R5.4.1", JapaneseDates.eraShort(LocalDate.of(2023, 4, 1)));
		assertEquals("H1.1.8", JapaneseDates.eraShort(LocalDate.of(1989, 1, 8)));
		assertEquals("2029年10月10日", JapaneseDates.westernKanji(LocalDate.of(2029, 10, 10)));
	}
}
