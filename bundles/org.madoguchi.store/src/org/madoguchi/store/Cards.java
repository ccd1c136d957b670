package org.madoguchi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.StatusTransition;

/** My Number Cards, their status history and certificates. */
public interface Cards {

	/** Stores a new card (with its application, certificates and history) for a resident; returns its id. */
	long insert(long residentId, MyNumberCard card);

	/** The card with application, certificates and status history; not attached to a resident. */
	Optional<MyNumberCard> find(long cardId);

	/** The id of the card with {@code serial}, if there is one. */
	Optional<Long> withSerial(String serial);

	/** Those of {@code serials} that a stored card already has. */
	Set<String> takenSerials(Collection<String> serials);

	/** Residents with a card in {@code status}; with {@code changedOn}, only cards that reached it that day. By resident. */
	List<Long> holdersWithStatus(CardStatus status, LocalDate changedOn);

	/** The resident the card belongs to. */
	long holderOf(long cardId);

	/** Records a status change: the new status and the dated, attributed transition. */
	void changeStatus(long cardId, StatusTransition transition);

	/** Records production data: serial, issue date and expiry. */
	void recordProduction(long cardId, String serial, LocalDate issuedOn, LocalDate expiresOn);

	void addCertificate(long cardId, Certificate certificate);

	/** Marks every certificate of the card that is not revoked yet as revoked on {@code date}. */
	void revokeCertificates(long cardId, LocalDate date, String reason);
}
