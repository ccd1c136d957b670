package org.madoguchi.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;

/** The calculator against {@link IndependentExpiry} over thousands of generated holders. */
class ExpiryPropertyTest {

	private static final int CASES = 5_000;
	private static final LocalDate FIRST_RECEIPT = LocalDate.of(2015, 10, 5);

	private final ExpiryCalculator calculator = ExpiryCalculator.bundled();

	@Test
	void calculatorAgreesWithTheIndependentReading() {
		Random random = new Random(20261127);
		for (int i = 0; i < CASES; i++) {
			LocalDate received = FIRST_RECEIPT.plusDays(random.nextInt(365 * 12));
			LocalDate issued = received.plusDays(random.nextInt(90));
			LocalDate birth = birthNearInterestingAges(random, issued);
			ResidenceStatus status = ResidenceStatus.VALUES.get(random.nextInt(ResidenceStatus.VALUES.size()));
			LocalDate until = issued.plusDays(1 + random.nextInt(365 * 12));
			ExpiryRequest request = ExpiryRequest.of(birth, issued).receivedOn(received).residence(status, until);

			ExpiryResult result = calculator.calculate(request);
			LocalDate card = IndependentExpiry.card(birth, issued, received, status, until);
			String which = request.toString();
			assertEquals(card, result.card().date(), which);
			assertEquals(IndependentExpiry.userCertificate(birth, issued, card), result.userCertificate().date(), which);
			assertEquals(IndependentExpiry.signatureCertificate(birth, issued, card), result.signatureCertificate().date(), which);
		}
	}

	/** Births that put the holder near 14/15, 17/18, 19/20 at issue, on leap days, or anywhere. */
	private static LocalDate birthNearInterestingAges(Random random, LocalDate issued) {
		return switch (random.nextInt(5)) {
		case 0 -> issued.minusYears(15).plusDays(random.nextInt(5) - 2);
		case 1 -> issued.minusYears(18).plusDays(random.nextInt(5) - 2);
		case 2 -> issued.minusYears(20).plusDays(random.nextInt(5) - 2);
		case 3 -> LocalDate.of(1948 + 4 * random.nextInt(15), 2, 29);
		default -> issued.minusDays(random.nextInt(365 * 95));
		};
	}
}
