package org.madoguchi.service;

import java.time.LocalDate;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;

/** A card's expiry and certificates as the rules give them for its holder. */
final class CardExpiries {

	private final ExpiryCalculator calculator;

	CardExpiries(ExpiryCalculator calculator) {
		this.calculator = calculator;
	}

	/** The expiries of a card issued on {@code issuedOn} whose application J-LIS received on {@code receivedOn}. */
	ExpiryResult of(Resident holder, LocalDate issuedOn, LocalDate receivedOn) {
		try {
			return calculator.calculate(new ExpiryRequest(holder.getBirthDate(), issuedOn, receivedOn == null ? issuedOn : receivedOn,
					holder.getResidenceStatus(), holder.getResidenceUntil(), false));
		} catch (InvalidValueException e) {
			throw new ServiceException(e.problem());
		}
	}

	/**
	 * The certificates renewed on {@code on} on a card that keeps its expiry; {@code previous} is
	 * the expiry of the certificate they replace, null when it was revoked.
	 */
	ExpiryResult renewal(Resident holder, MyNumberCard card, LocalDate on, LocalDate previous) {
		try {
			return calculator.renewCertificates(new ExpiryRequest(holder.getBirthDate(), on, on, holder.getResidenceStatus(),
					holder.getResidenceUntil(), false), card.getExpiresOn(), previous);
		} catch (InvalidValueException e) {
			throw new ServiceException(e.problem());
		}
	}

	/** Sets the expiry of a produced card and gives it its certificates (revoked with a revoked card). */
	void complete(Resident holder, MyNumberCard card) {
		if (card.getIssuedOn() == null) {
			return;
		}
		ExpiryResult expiry = of(holder, card.getIssuedOn(), card.getApplication() == null ? null : card.getApplication().getReceivedOn());
		card.setExpiresOn(expiry.card().date());
		add(card, CertificateKind.USER, expiry.userCertificate());
		add(card, CertificateKind.SIGNATURE, expiry.signatureCertificate());
		if (card.getStatus() == CardStatus.REVOKED) {
			for (Certificate certificate : card.getCertificates()) {
				certificate.setRevokedOn(card.getTransitions().get(card.getTransitions().size() - 1).getDate());
				certificate.setRevocationReason("card revoked");
			}
		}
	}

	/** A certificate for the card, when the rules issue one. */
	static Certificate certificate(CertificateKind kind, LocalDate issuedOn, Expiry expiry) {
		if (!expiry.isIssued()) {
			return null;
		}
		Certificate certificate = ModelFactory.eINSTANCE.createCertificate();
		certificate.setKind(kind);
		certificate.setIssuedOn(issuedOn);
		certificate.setExpiresOn(expiry.date());
		return certificate;
	}

	/** Gives the card its certificate of {@code kind} in place of one given before (completing a card twice changes nothing). */
	private static void add(MyNumberCard card, CertificateKind kind, Expiry expiry) {
		card.getCertificates().removeIf(given -> given.getKind() == kind);
		Certificate certificate = certificate(kind, card.getIssuedOn(), expiry);
		if (certificate != null) {
			card.getCertificates().add(certificate);
		}
	}
}
