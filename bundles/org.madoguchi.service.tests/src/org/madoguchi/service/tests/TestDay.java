package org.madoguchi.service.tests;

import java.time.Clock;
import java.time.LocalDate;

import org.madoguchi.service.RegisterClock;

/** The day a test's register stands on, whatever day the tests run: what they see never depends on the calendar. */
final class TestDay {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	static final Clock CLOCK = RegisterClock.fixedAt(TODAY);

	private TestDay() {
	}
}
