package org.madoguchi.rules.expiry;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

import org.madoguchi.rules.LeapDayBirthday;

/** Birthdays and ages, with the rule set's choice of where 29 February falls in a common year. */
final class Birthdays {

	private final LeapDayBirthday leapDay;

	Birthdays(LeapDayBirthday leapDay) {
		this.leapDay = leapDay;
	}

	/** The birthday of someone born on {@code birth} in {@code year}. */
	LocalDate inYear(LocalDate birth, int year) {
		boolean leapDayBirth = birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29;
		if (leapDayBirth && !Year.isLeap(year)) {
			return leapDay == LeapDayBirthday.MARCH1 ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 2, 28);
		}
		return birth.withYear(year);
	}

	/** Completed years on {@code day}: the age rises on the birthday itself. */
	int ageOn(LocalDate birth, LocalDate day) {
		int years = day.getYear() - birth.getYear();
		return day.isBefore(inYear(birth, day.getYear())) ? years - 1 : years;
	}

	/** The {@code n}th birthday strictly after {@code day}: a birthday on {@code day} does not count. */
	LocalDate nthAfter(LocalDate birth, LocalDate day, int n) {
		LocalDate thisYear = inYear(birth, day.getYear());
		int firstYear = thisYear.isAfter(day) ? day.getYear() : day.getYear() + 1;
		return inYear(birth, firstYear + n - 1);
	}
}
