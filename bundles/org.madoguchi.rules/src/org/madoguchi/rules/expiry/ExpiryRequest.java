package org.madoguchi.rules.expiry;

import java.time.LocalDate;
import java.util.Objects;

import org.madoguchi.model.ResidenceStatus;

/**
 * What the calculator needs to know about a holder and a card (or an application not yet issued).
 *
 * @param birthDate the holder's birth date
 * @param issuedOn the issue date: the day J-LIS produced the card
 * @param receivedOn the day J-LIS received the application; decides the rule set
 * @param status the holder's residence status; {@code NATIONAL} for Japanese nationals
 * @param residenceUntil the end of a foreign resident's period of stay, or null
 * @param renewedInWindow whether the certificates renew ones that had less than the renewal window left
 */
public record ExpiryRequest(LocalDate birthDate, LocalDate issuedOn, LocalDate receivedOn, ResidenceStatus status,
		LocalDate residenceUntil, boolean renewedInWindow) {

	public ExpiryRequest {
		Objects.requireNonNull(birthDate, "birthDate");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(status, "status");
	}

	/** A national's card applied for and issued on the same day. */
	public static ExpiryRequest of(LocalDate birthDate, LocalDate issuedOn) {
		return new ExpiryRequest(birthDate, issuedOn, issuedOn, ResidenceStatus.NATIONAL, null, false);
	}

	public ExpiryRequest receivedOn(LocalDate received) {
		return new ExpiryRequest(birthDate, issuedOn, received, status, residenceUntil, renewedInWindow);
	}

	public ExpiryRequest residence(ResidenceStatus newStatus, LocalDate until) {
		return new ExpiryRequest(birthDate, issuedOn, receivedOn, newStatus, until, renewedInWindow);
	}

	public ExpiryRequest renewedInWindow(boolean renewed) {
		return new ExpiryRequest(birthDate, issuedOn, receivedOn, status, residenceUntil, renewed);
	}
}
