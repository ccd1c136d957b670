package org.madoguchi.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;

/** Every validity rule (card, certificates, the 2022 threshold, foreign residents, 29 February) with its boundary dates. */
class ExpiryCalculatorTest {

	private final ExpiryCalculator calculator = ExpiryCalculator.bundled();

	private ExpiryResult calculate(String birth, String issued) {
		return calculator.calculate(ExpiryRequest.of(date(birth), date(issued)));
	}

	private ExpiryResult calculate(String birth, String issued, String received) {
		return calculator.calculate(ExpiryRequest.of(date(birth), date(issued)).receivedOn(date(received)));
	}

	@Test
	void governmentLeafletExample() {
		ExpiryResult result = calculate("1980-10-10", "2020-05-15");
		assertEquals(date("2029-10-10"), result.card().date());
		assertEquals("10th birthday after the issue date (age 20 or over at issue) [jp-card-2016]", result.card().reason().english());
		assertEquals("発行日後10回目の誕生日（発行時20歳以上）［jp-card-2016］", result.card().reason().japanese());
	}

	@Test
	void issuedOnTheBirthdayDoesNotCountThatBirthday() {
		assertEquals(date("2030-05-15"), calculate("1980-05-15", "2020-05-15").card().date());
		assertEquals(date("2029-05-16"), calculate("1980-05-16", "2020-05-15").card().date());
		assertEquals(date("2030-05-14"), calculate("1980-05-14", "2020-05-15").card().date());
	}

	@Test
	void from2022EighteenYearOldsGetTenYears() {
		assertEquals(date("2032-06-01"), calculate("2004-06-01", "2022-06-01", "2022-04-10").card().date());
		assertEquals(date("2026-06-02"), calculate("2004-06-02", "2022-06-01", "2022-04-10").card().date());
	}

	@Test
	void receiptBeforeApril2022KeepsTheThresholdOfTwenty() {
		// the same 18-year-old, issued the same day: only the day J-LIS received the application differs
		assertEquals(date("2027-06-01"), calculate("2004-06-01", "2022-06-01", "2022-03-31").card().date());
		assertEquals(date("2032-06-01"), calculate("2004-06-01", "2022-06-01", "2022-04-01").card().date());
		assertEquals("jp-card-2016", calculate("2004-06-01", "2022-06-01", "2022-03-31").ruleSet().getId());
	}

	@Test
	void nineteenAndTwentyBefore2022() {
		assertEquals(date("2031-03-01"), calculate("2001-03-01", "2021-03-01").card().date());
		assertEquals(date("2025-03-02"), calculate("2001-03-02", "2021-03-01").card().date());
	}

	@Test
	void certificatesRunToTheFifthBirthdayAtAnyAge() {
		ExpiryResult adult = calculate("1980-10-10", "2020-05-15");
		assertEquals(date("2024-10-10"), adult.userCertificate().date());
		assertEquals(date("2024-10-10"), adult.signatureCertificate().date());
		ExpiryResult child = calculate("2012-07-07", "2023-01-10");
		assertEquals(date("2027-07-07"), child.card().date());
		assertEquals(date("2027-07-07"), child.userCertificate().date());
	}

	@Test
	void signatureCertificateIsNotIssuedUnderFifteen() {
		ExpiryResult fifteen = calculate("2007-06-01", "2022-06-01");
		assertEquals(date("2027-06-01"), fifteen.signatureCertificate().date());
		ExpiryResult fourteen = calculate("2007-06-02", "2022-06-01");
		assertFalse(fourteen.signatureCertificate().isIssued());
		assertNull(fourteen.signatureCertificate().date());
		assertEquals("not issued: under 15 at issue [jp-card-2022]", fourteen.signatureCertificate().reason().english());
		assertEquals(date("2026-06-02"), fourteen.userCertificate().date());
	}

	@Test
	void certificateRenewedInsideTheWindowRunsToTheSixthBirthdayButNotPastTheCard() {
		ExpiryRequest request = ExpiryRequest.of(date("1980-10-10"), date("2020-05-15")).renewedInWindow(true);
		ExpiryResult result = calculator.calculate(request);
		assertEquals(date("2025-10-10"), result.userCertificate().date());
		ExpiryRequest child = ExpiryRequest.of(date("2012-07-07"), date("2023-01-10")).renewedInWindow(true);
		ExpiryResult capped = calculator.calculate(child);
		assertEquals(date("2027-07-07"), capped.card().date());
		assertEquals(date("2027-07-07"), capped.userCertificate().date());
		assertEquals("certificate-card", capped.userCertificate().decidedBy().getId());
	}

	@Test
	void renewalWindowOpensThreeMonthsBeforeExpiry() {
		assertEquals(date("2029-07-10"), calculate("1980-10-10", "2020-05-15").card().renewalFrom());
		assertEquals(date("2029-02-28"), calculate("1980-05-31", "2020-05-15").card().renewalFrom());
	}

	@Test
	void midLongTermResidentsGetTheEarlierOfPeriodAndBirthday() {
		ExpiryRequest engineer = ExpiryRequest.of(date("1990-01-01"), date("2022-06-01"))
				.residence(ResidenceStatus.ENGINEER, date("2025-03-31"));
		ExpiryResult shortStay = calculator.calculate(engineer);
		assertEquals(date("2025-03-31"), shortStay.card().date());
		assertFalse(shortStay.card().noticeSent(), "no notice when the residence period decides");
		assertEquals("card-residence-period", shortStay.card().decidedBy().getId());
		assertEquals(date("2025-03-31"), shortStay.userCertificate().date());
		assertEquals("certificate-card", shortStay.userCertificate().decidedBy().getId());

		ExpiryResult longStay = calculator.calculate(engineer.residence(ResidenceStatus.ENGINEER, date("2040-03-31")));
		assertEquals(date("2032-01-01"), longStay.card().date());
		assertTrue(longStay.card().noticeSent());
		assertEquals(date("2027-01-01"), longStay.userCertificate().date());
	}

	@Test
	void permanentSpecialPermanentAndHighlySkilledTwoFollowTheNationalRule() {
		for (ResidenceStatus status : new ResidenceStatus[] { ResidenceStatus.PERMANENT, ResidenceStatus.SPECIAL_PERMANENT,
				ResidenceStatus.HIGHLY_SKILLED2 }) {
			ExpiryRequest request = ExpiryRequest.of(date("1980-10-10"), date("2020-05-15")).residence(status, null);
			assertEquals(date("2029-10-10"), calculator.calculate(request).card().date(), status.getLiteral());
		}
	}

	@Test
	void temporaryRefugeEndsWithThePermittedPeriod() {
		ExpiryRequest refuge = ExpiryRequest.of(date("1980-10-10"), date("2024-01-10"))
				.residence(ResidenceStatus.TEMPORARY_REFUGE, date("2024-07-09"));
		ExpiryResult result = calculator.calculate(refuge);
		assertEquals(date("2024-07-09"), result.card().date());
		assertEquals(date("2024-07-09"), result.signatureCertificate().date());
	}

	@Test
	void transitionalStayEndsWithItsSixtyDays() {
		ExpiryRequest newborn = ExpiryRequest.of(date("2024-03-01"), date("2024-03-20"))
				.residence(ResidenceStatus.TRANSITIONAL_STAY, date("2024-03-01").plusDays(60));
		assertEquals(date("2024-04-30"), calculator.calculate(newborn).card().date());
	}

	@Test
	void periodOfStayIsRequiredWhereItDecides() {
		ExpiryRequest student = ExpiryRequest.of(date("2000-01-01"), date("2023-01-01")).residence(ResidenceStatus.STUDENT, null);
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> calculator.calculate(student));
		assertEquals("expiry.periodMissing", refused.problem().key());
		assertTrue(refused.problem().japanese().contains("在留期間"), refused.problem().japanese());
	}

	@Test
	void leapDayBirthdaysFallOnTheTwentyEighthInCommonYears() {
		ExpiryResult result = calculate("2000-02-29", "2021-06-01");
		assertEquals(date("2031-02-28"), result.card().date());
		assertTrue(result.card().reason().english().contains("born on 29 February"), result.card().reason().english());
		assertEquals(date("2032-02-29"), calculate("2000-02-29", "2022-06-01").card().date());
	}

	@Test
	void leapDayChildTurnsEighteenOnTheTwentyEighth() {
		assertEquals(date("2036-02-29"), calculate("2008-02-29", "2026-02-28", "2025-12-01").card().date());
		assertEquals(date("2030-02-28"), calculate("2008-02-29", "2026-02-27", "2025-12-01").card().date());
	}

	@Test
	void impossibleRequestsAreRefused() {
		assertEquals("expiry.issuedBeforeBirth",
				assertThrows(InvalidValueException.class, () -> calculate("2020-01-01", "2019-12-31")).problem().key());
		assertEquals("expiry.issuedBeforeReceipt",
				assertThrows(InvalidValueException.class, () -> calculate("2000-01-01", "2022-01-01", "2022-02-01")).problem().key());
	}

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}
}
