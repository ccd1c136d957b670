package org.madoguchi.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.MyNumberCard;

/**
 * A My Number Card as the counter reads it: whose it is, its status and dates, and the state of
 * each of its certificates on the register's today.
 */
public record CardView(long id, long residentId, String serial, CardStatus status, LocalDate appliedOn, LocalDate issuedOn,
		LocalDate expiresOn, List<CertificateView> certificates) {

	/** What a certificate can be used for today. */
	public enum CertificateState {
		VALID, SUSPENDED, EXPIRED, REVOKED;

		public String literal() {
			return name().toLowerCase();
		}
	}

	/** One electronic certificate of the card. */
	public record CertificateView(CertificateKind kind, LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn,
			String revocationReason, CertificateState state) {
	}

	static CardView of(MyNumberCard card, long residentId, LocalDate today) {
		List<CertificateView> certificates = card.getCertificates().stream()
				.map(certificate -> new CertificateView(certificate.getKind(), certificate.getIssuedOn(), certificate.getExpiresOn(),
						certificate.getRevokedOn(), certificate.getRevocationReason(),
						state(card.getStatus(), certificate.getRevokedOn(), certificate.getExpiresOn(), today)))
				.toList();
		return new CardView(card.getId(), residentId, card.getSerial(), card.getStatus(),
				card.getApplication() == null ? null : card.getApplication().getReceivedOn(), card.getIssuedOn(), card.getExpiresOn(),
				certificates);
	}

	/**
	 * A certificate lives on its card: it ends when the card ends, and cannot be used while a lost
	 * card is suspended (it is revoked when the card is found).
	 */
	private static CertificateState state(CardStatus card, LocalDate revokedOn, LocalDate expiresOn, LocalDate today) {
		if (revokedOn != null || card == CardStatus.REVOKED || card == CardStatus.RETURNED) {
			return CertificateState.REVOKED;
		}
		if (card == CardStatus.EXPIRED || expiresOn != null && expiresOn.isBefore(today)) {
			return CertificateState.EXPIRED;
		}
		return card == CardStatus.SUSPENDED ? CertificateState.SUSPENDED : CertificateState.VALID;
	}

	/** The certificate of {@code kind}, the newest if it was renewed. */
	public Optional<CertificateView> certificate(CertificateKind kind) {
		return certificates.stream().filter(certificate -> certificate.kind() == kind).reduce((older, newer) -> newer);
	}
}
