package org.madoguchi.rules.tests;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

import org.madoguchi.model.ResidenceStatus;

/**
 * A deliberately simple second reading of the validity law (card, certificates, the age
 * threshold, foreign residents, 29 February), written without looking at the rule sets: walks the
 * calendar day by day and counts birthdays. Slow, but hard to get wrong in the same way as the
 * calculator.
 */
final class IndependentExpiry {

	private static final Set<ResidenceStatus> LIKE_NATIONALS = Set.of(ResidenceStatus.NATIONAL, ResidenceStatus.PERMANENT,
			ResidenceStatus.SPECIAL_PERMANENT, ResidenceStatus.HIGHLY_SKILLED2);
	private static final Set<ResidenceStatus> PERIOD_ONLY = Set.of(ResidenceStatus.TEMPORARY_REFUGE,
			ResidenceStatus.PROVISIONAL_STAY, ResidenceStatus.TRANSITIONAL_STAY);

	/** Feb 29 birthdays are celebrated on Feb 28 in common years. */
	static boolean isBirthday(LocalDate birth, LocalDate day) {
		if (birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29 && !day.isLeapYear()) {
			return day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 28;
		}
		return day.getMonth() == birth.getMonth() && day.getDayOfMonth() == birth.getDayOfMonth();
	}

	static int ageOn(LocalDate birth, LocalDate day) {
		int age = 0;
		for (LocalDate d = birth.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
			if (isBirthday(birth, d)) {
				age++;
			}
		}
		return age;
	}

	static LocalDate nthBirthdayAfter(LocalDate birth, LocalDate day, int n) {
		LocalDate d = day;
		int seen = 0;
		while (seen < n) {
			d = d.plusDays(1);
			if (isBirthday(birth, d)) {
				seen++;
			}
		}
		return d;
	}

	static LocalDate card(LocalDate birth, LocalDate issued, LocalDate received, ResidenceStatus status, LocalDate until) {
		if (PERIOD_ONLY.contains(status)) {
			return until;
		}
		int threshold = received.isBefore(LocalDate.of(2022, 4, 1)) ? 20 : 18;
		LocalDate byBirthday = nthBirthdayAfter(birth, issued, ageOn(birth, issued) >= threshold ? 10 : 5);
		if (LIKE_NATIONALS.contains(status) || until.isAfter(byBirthday)) {
			return byBirthday;
		}
		return until;
	}

	/** Null when the signature certificate is not issued (under 15). */
	static LocalDate signatureCertificate(LocalDate birth, LocalDate issued, LocalDate card) {
		return ageOn(birth, issued) < 15 ? null : userCertificate(birth, issued, card);
	}

	static LocalDate userCertificate(LocalDate birth, LocalDate issued, LocalDate card) {
		LocalDate fifth = nthBirthdayAfter(birth, issued, 5);
		return fifth.isAfter(card) ? card : fifth;
	}

	private IndependentExpiry() {
	}
}
