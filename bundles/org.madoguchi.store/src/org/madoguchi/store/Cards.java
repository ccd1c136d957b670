package org.madoguchi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.StatusTransition;

/** My Number Cards, their status history and certificates. */
public interface Cards {

	/** Stores a new card (with its application, certificates and history) for a resident; returns its id. */
	long insert(long residentId, MyNumberCard card);

	/** The card with application, certificates and status history; not attached to a resident. */
	Optional<MyNumberCard> find(long cardId);

	/** The card's version now: every change of the card counts it up. */
	Optional<Integer> version(long cardId);

	/** The id of the card with {@code serial}, if there is one. */
	Optional<Long> withSerial(String serial);

	/** Those of {@code serials} that a stored card already has. */
	Set<String> takenSerials(Collection<String> serials);

	/** Residents with a card in {@code status}; with {@code changedOn}, only cards that reached it that day. By resident. */
	List<Long> holdersWithStatus(CardStatus status, LocalDate changedOn);

	/** The cards a resident holds (issued or suspended) whose {@code deadline} lies before {@code day}, by id. */
	List<Long> pastDeadline(CardDeadline deadline, LocalDate day);

	/**
	 * Those of {@code cardIds} that are still held and past {@code deadline} before {@code day}, each
	 * with the deadline's day, by id: read again in the transaction that acts on them.
	 */
	List<DueCard> pastDeadline(CardDeadline deadline, LocalDate day, Collection<Long> cardIds);

	/** The resident the card belongs to. */
	long holderOf(long cardId);

	/** Records a status change: the new status and the dated, attributed transition. */
	default void changeStatus(long cardId, StatusTransition transition) {
		changeStatuses(Map.of(cardId, transition));
	}

	/** Records the status change of each card (by card id), a batch of statements per table. */
	void changeStatuses(Map<Long, StatusTransition> transitions);

	/** Records production data: serial, issue date and expiry. */
	void recordProduction(long cardId, String serial, LocalDate issuedOn, LocalDate expiresOn);

	/** A new expiry of the card itself (a validity change); its certificates keep theirs. */
	void changeExpiry(long cardId, LocalDate expiresOn);

	void addCertificate(long cardId, Certificate certificate);

	/** The day by which the card's continued use (継続利用) after a move-in must be recorded; null when none is due. */
	default void setContinuedUseDue(long cardId, LocalDate due) {
		setContinuedUseDue(List.of(cardId), due);
	}

	/** The same deadline (or none) for each of the cards, in one batch. */
	void setContinuedUseDue(Collection<Long> cardIds, LocalDate due);

	Optional<LocalDate> continuedUseDue(long cardId);

	/** Marks every certificate of the card that is not revoked yet as revoked on {@code date}. */
	default void revokeCertificates(long cardId, LocalDate date, String reason) {
		revokeCertificates(List.of(new Revocation(cardId, date, reason)));
	}

	/** Each revocation, in one batch. */
	void revokeCertificates(List<Revocation> revocations);

	/** Marks the card's live certificate of {@code kind}, if it has one, as revoked on {@code date}. */
	void revokeCertificate(long cardId, CertificateKind kind, LocalDate date, String reason);
}
