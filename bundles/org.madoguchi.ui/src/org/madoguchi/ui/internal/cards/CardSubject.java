package org.madoguchi.ui.internal.cards;

import java.util.List;
import java.util.Set;

import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.CardActions;
import org.madoguchi.service.ResidentView;

/**
 * What a card action works on: the resident open in the editor and, when one is selected in its
 * card list, the card; with the steps the service allows on them now. The editor puts it into
 * the selection; the card commands read it.
 */
public record CardSubject(Resident resident, MyNumberCard card, Set<CardActions.Step> allowed) {

	public String residentName() {
		return PersonNames.full(resident.getFamilyName(), resident.getGivenName());
	}

	/** The resident as the lists show them (the number stays masked, as the editor opened it). */
	public ResidentView asListed() {
		List<AddressEntry> addresses = resident.getAddresses();
		String address = addresses.isEmpty() ? "" : Addresses.text(addresses.get(addresses.size() - 1).getAddress());
		return new ResidentView(resident.getId(), residentName(), PersonNames.full(resident.getFamilyNameKana(), resident.getGivenNameKana()),
				resident.getBirthDate(), address, resident.getIndividualNumber());
	}

	public String serial() {
		return card == null || card.getSerial() == null ? "" : card.getSerial();
	}

	public static boolean isHeld(MyNumberCard card) {
		return CardLifecycle.HELD.contains(card.getStatus());
	}

	/** Applied, produced or ready for pickup. */
	public static boolean isOnItsWay(MyNumberCard card) {
		return CardLifecycle.PENDING.contains(card.getStatus());
	}
}
