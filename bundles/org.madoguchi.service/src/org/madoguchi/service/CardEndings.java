package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.store.DueCard;
import org.madoguchi.store.NewAuditEntry;
import org.madoguchi.store.Revocation;
import org.madoguchi.store.Session;

/**
 * Cards that end (expire or lapse), gathered and then stored together: the status changes, the
 * revoked certificates and the audit entries each in one batch. The nightly run ends a thousand
 * cards a transaction this way; a resident change ends one.
 */
final class CardEndings {

	private final Register register;
	private final Map<Long, StatusTransition> transitions = new LinkedHashMap<>();
	private final List<Revocation> revocations = new ArrayList<>();
	private final List<Long> lapsed = new ArrayList<>();
	private final List<NewAuditEntry> entries = new ArrayList<>();

	CardEndings(Register register) {
		this.register = register;
	}

	/** The card's last valid day has passed: from the day after it the card is expired, and so are its certificates. */
	void expire(DueCard card) {
		LocalDate lastDay = card.lastDay();
		end(card.cardId(), card.status(), CardStatus.EXPIRED, lastDay.plusDays(1), "valid until " + lastDay, "card expired");
		entries.add(register.auditEntry(AuditOperation.EXPIRED, card.holderId(), AuditDetail.of("cardExpired", card.cardId(), lastDay)));
	}

	/** The continued use of a card brought at a move-in was not recorded by its deadline: the card lapses the day after. */
	void lapseUnconfirmed(DueCard card) {
		lapse(card.cardId(), card.holderId(), card.status(), card.lastDay().plusDays(1), "continued use not recorded by " + card.lastDay());
	}

	/** The card lapses (失効・廃止) on {@code on}: revoked with the reason, its certificates revoked the same day, no continued use due. */
	void lapse(long cardId, long holderId, CardStatus status, LocalDate on, String reason) {
		end(cardId, status, CardStatus.REVOKED, on, reason, reason);
		lapsed.add(cardId);
		entries.add(register.auditEntry(AuditOperation.REVOKED, holderId, AuditDetail.of("cardBecause", cardId, reason)));
	}

	private void end(long cardId, CardStatus from, CardStatus to, LocalDate on, String reason, String certificatesEnd) {
		StatusTransition transition = register.cards().transition(from, to, reason);
		transition.setDate(on);
		transitions.put(cardId, transition);
		revocations.add(new Revocation(cardId, on, certificatesEnd));
	}

	/** Stores every ending gathered, in the session's transaction. */
	void store(Session session) {
		session.cards().changeStatuses(transitions);
		session.cards().revokeCertificates(revocations);
		if (!lapsed.isEmpty()) {
			session.cards().setContinuedUseDue(lapsed, null);
		}
		register.audit(session, entries);
	}
}
