package org.madoguchi.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;

/**
 * Certificates renewed on a card that keeps its expiry: the 5th birthday after the renewal day,
 * the 6th inside the three months before the old certificate's expiry, never past the card.
 * The holder of the government leaflet's card: born 1980-10-10, card issued 2020-05-15, valid
 * until 2029-10-10, certificates until 2024-10-10.
 */
class CertificateRenewalTest {

	private static final LocalDate BIRTH = LocalDate.of(1980, 10, 10);
	private static final LocalDate CARD_EXPIRY = LocalDate.of(2029, 10, 10);
	private static final LocalDate OLD_CERTIFICATES = LocalDate.of(2024, 10, 10);

	private final ExpiryCalculator calculator = ExpiryCalculator.bundled();

	private ExpiryResult renew(LocalDate birth, LocalDate on, LocalDate previous) {
		return calculator.renewCertificates(ExpiryRequest.of(birth, on), CARD_EXPIRY, previous);
	}

	@Test
	void renewedBeforeTheWindowOpensTheyRunToTheFifthBirthday() {
		assertEquals(LocalDate.of(2028, 10, 10), renew(BIRTH, LocalDate.of(2024, 7, 9), OLD_CERTIFICATES).userCertificate().date(),
				"the window opens three months before 2024-10-10: on 2024-07-09 the 5th birthday after it");
		assertEquals(LocalDate.of(2027, 10, 10), renew(BIRTH, LocalDate.of(2023, 10, 9), OLD_CERTIFICATES).signatureCertificate().date());
	}

	@Test
	void renewedInsideTheWindowTheyRunToTheSixthBirthday() {
		assertEquals(LocalDate.of(2029, 10, 10), renew(BIRTH, LocalDate.of(2024, 7, 10), OLD_CERTIFICATES).userCertificate().date());
		assertEquals(LocalDate.of(2028, 10, 10), renew(BIRTH, LocalDate.of(2024, 8, 1), null).userCertificate().date(),
				"revoked certificates leave no window: the 5th birthday");
	}

	@Test
	void aRenewedCertificateNeverOutlivesTheCard() {
		ExpiryResult capped = calculator.renewCertificates(ExpiryRequest.of(BIRTH, LocalDate.of(2024, 8, 1)), LocalDate.of(2029, 6, 30),
				OLD_CERTIFICATES);
		assertEquals(LocalDate.of(2029, 6, 30), capped.userCertificate().date(), "the 6th birthday, 2029-10-10, comes after the card");
		assertEquals("the card's expiry: a certificate never outlives the card [jp-card-2022]", capped.userCertificate().reason().english());
	}

	@Test
	void aChildUnderFifteenGetsNoSignatureCertificate() {
		ExpiryResult child = renew(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 11, 20), null);
		assertFalse(child.signatureCertificate().isIssued());
		assertEquals(LocalDate.of(2029, 10, 10), child.userCertificate().date());
	}

	@Test
	void certificatesDoNotStartAfterTheCardEnds() {
		InvalidValueException refused = assertThrows(InvalidValueException.class, () -> renew(BIRTH, CARD_EXPIRY, null));
		assertEquals("Certificates renewed on 2029-10-10 would start on or after the card's expiry 2029-10-10: the card needs renewing first.",
				refused.getMessage());
	}
}
