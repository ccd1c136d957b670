package org.madoguchi.ui.internal.resident;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.madoguchi.service.CardActions;
import org.madoguchi.service.CardView;
import org.madoguchi.service.Housemate;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentRecord;

/**
 * What the resident editor shows, read together off the UI thread: the record, the household, the
 * cards as the service judges them today, and the card steps the service allows on each card (the
 * key null: on none).
 */
record ResidentRead(ResidentRecord record, List<Housemate> household, List<CardView> cards, Map<Long, Set<CardActions.Step>> allowed) {

	static ResidentRead of(Register register, long residentId) {
		ResidentRecord record = register.records().show(residentId);
		Map<Long, Set<CardActions.Step>> allowed = new HashMap<>();
		// a removed record is read-only: no card step is offered on it
		if (!record.removed()) {
			allowed.put(null, register.cards().allowed(residentId, null));
			record.resident().getCards().forEach(card -> allowed.put(card.getId(), register.cards().allowed(residentId, card.getId())));
		}
		return new ResidentRead(record, register.queries().household(residentId), register.cards().ofResident(residentId), allowed);
	}
}
