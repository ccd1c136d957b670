package org.madoguchi.service;

import java.util.Comparator;
import java.util.List;

import org.madoguchi.model.Household;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.store.Removal;
import org.madoguchi.store.Session;

/** A resident's whole record for display; every view is an audit entry, the Individual Number masked. */
public final class ResidentRecords {

	private final Register register;

	ResidentRecords(Register register) {
		this.register = register;
	}

	public ResidentRecord show(long residentId) {
		register.require(Permission.READ_REGISTER, "open residents");
		return register.store().write(session -> {
			Resident resident = session.residents().find(residentId).orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
			register.audit(session, AuditOperation.VIEW_RESIDENT, residentId, null);
			if (resident.getIndividualNumber() != null) {
				resident.setIndividualNumber(IndividualNumber.mask(resident.getIndividualNumber()));
			}
			Removal removal = session.residents().removal(residentId).orElse(null);
			List<ResidentRecord.Member> household = session.residents().household(residentId).stream()
					.map(member -> new ResidentRecord.Member(member.id(), member.name(), member.birthDate(), member.relationship())).toList();
			List<ResidentRecord.CardRecord> cards = resident.getCards().stream()
					.sorted(Comparator.comparingLong(MyNumberCard::getId).reversed()).map(card -> card(session, card, residentId)).toList();
			return new ResidentRecord(resident, session.residents().version(residentId).orElseThrow(),
					removal == null ? null : removal.on(), removal == null ? null : removal.reason(),
					resident.getHousehold() == null ? null : ((Household) resident.getHousehold().eContainer()).getId(), household, cards,
					session.changes().of(residentId).stream().map(ChangeView::of).toList());
		});
	}

	private ResidentRecord.CardRecord card(Session session, MyNumberCard card, long residentId) {
		List<ResidentRecord.Note> notes = session.cardNotes().of(card.getId()).stream()
				.map(note -> new ResidentRecord.Note(note.on(), note.text(), note.writtenOn())).toList();
		return new ResidentRecord.CardRecord(CardView.of(card, residentId, register.today()),
				session.cards().continuedUseDue(card.getId()).orElse(null), notes);
	}
}
