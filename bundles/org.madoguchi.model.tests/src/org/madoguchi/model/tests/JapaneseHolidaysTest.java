package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.values.JapaneseHolidays;

class JapaneseHolidaysTest {

	@ParameterizedTest
	@CsvSource({ "2016-08-11, 山の日", "2018-12-23, 天皇誕生日", "2019-04-30, 国民の休日", "2019-05-01, 即位の日", "2019-05-02, 国民の休日",
			"2019-05-06, 振替休日", "2019-10-22, 即位礼正殿の儀の行われる日", "2020-02-23, 天皇誕生日", "2020-07-23, 海の日",
			"2020-07-24, スポーツの日", "2020-08-10, 山の日", "2021-07-22, 海の日", "2021-07-23, スポーツの日", "2021-08-09, 振替休日",
			"2025-05-06, 振替休日", "2026-09-22, 国民の休日", "2027-03-22, 振替休日", "2030-05-06, 振替休日", "2030-09-23, 秋分の日",
			"2030-11-04, 振替休日" })
	void knowsTheCabinetOfficesHolidays(LocalDate day, String name) {
		assertEquals(Optional.of(name), JapaneseHolidays.name(day));
		assertTrue(JapaneseHolidays.isHoliday(day));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2019-12-23", "2020-10-12", "2021-10-11", "2025-05-07", "2026-09-24", "2024-12-23", "2030-07-16" })
	void workingDaysAreNoHolidays(LocalDate day) {
		assertFalse(JapaneseHolidays.isHoliday(day), day + " is a working day");
	}

	@Test
	void everyYearHasItsSixteenNationalHolidaysAtLeastAndNoneOnASundayWithoutSubstitute() {
		for (int year = JapaneseHolidays.FIRST_YEAR; year <= JapaneseHolidays.LAST_YEAR; year++) {
			int holidays = 0;
			for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
				if (JapaneseHolidays.isHoliday(day)) {
					holidays++;
					boolean national = !JapaneseHolidays.name(day).get().equals("国民の休日");
					if (day.getDayOfWeek() == DayOfWeek.SUNDAY && national) {
						LocalDate next = day.plusDays(1);
						while (JapaneseHolidays.name(next).filter(name -> !name.equals("振替休日")).isPresent()) {
							next = next.plusDays(1);
						}
						assertEquals(Optional.of("振替休日"), JapaneseHolidays.name(next), "the substitute of " + day);
					}
				}
			}
			assertTrue(holidays >= 16, year + " has " + holidays + " holidays");
		}
		assertTrue(JapaneseHolidays.covers(LocalDate.of(2030, 12, 31)));
		assertFalse(JapaneseHolidays.covers(LocalDate.of(2031, 1, 1)));
	}
}
