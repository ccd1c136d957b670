package org.madoguchi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

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

	/** Cards a resident holds (issued or suspended) whose last valid day lies before {@code day}, at most {@code limit}, by id. */
	List<Long> heldExpiredBefore(LocalDate day, int limit);

	/** The resident the card belongs to. */
	long holderOf(long cardId);

	/** Records a status change: the new status and the dated, attributed transition. */
	void changeStatus(long cardId, StatusTransition transition);

	/** Records production data: serial, issue date and expiry. */
	void recordProduction(long cardId, String serial, LocalDate issuedOn, LocalDate expiresOn);

	/** A new expiry of the card itself (a validity change); its certificates keep theirs. */
	void changeExpiry(long cardId, LocalDate expiresOn);

	void addCertificate(long cardId, Certificate certificate);

	/** The day by which the card's continued use (継続利用) after a move-in must be recorded; null when none is due. */
	void setContinuedUseDue(long cardId, LocalDate due);

	Optional<LocalDate> continuedUseDue(long cardId);

	/** Held cards whose continued-use deadline lies before {@code day}, at most {@code limit}, by id. */
	List<Long> continuedUseOverdue(LocalDate day, int limit);

	/** Marks every certificate of the card that is not revoked yet as revoked on {@code date}. */
	void revokeCertificates(long cardId, LocalDate date, String reason);

	/** Marks the card's live certificate of {@code kind}, if it has one, as revoked on {@code date}. */
	void revokeCertificate(long cardId, CertificateKind kind, LocalDate date, String reason);
}
