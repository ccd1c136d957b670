package org.madoguchi.ui.internal.cards;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.PersonNames;

/**
 * What a card action works on: the resident open in the editor and, when one is selected in its
 * card list, the card. The editor puts it into the selection; the card commands read it.
 */
public record CardSubject(Resident resident, MyNumberCard card) {

	public String residentName() {
		return PersonNames.full(resident.getFamilyName(), resident.getGivenName());
	}

	public CardStatus cardStatus() {
		return card == null ? null : card.getStatus();
	}

	/** Whether the resident holds an issued or suspended card. */
	public boolean holdsCard() {
		return resident.getCards().stream().anyMatch(CardSubject::isHeld);
	}

	/** Whether a card is on its way: then no new application is taken. */
	public boolean hasPendingCard() {
		return resident.getCards().stream().anyMatch(CardSubject::isOnItsWay);
	}

	public static boolean isHeld(MyNumberCard card) {
		return CardLifecycle.HELD.contains(card.getStatus());
	}

	/** Applied, produced or ready for pickup. */
	public static boolean isOnItsWay(MyNumberCard card) {
		return CardLifecycle.PENDING.contains(card.getStatus());
	}
}
