package org.madoguchi.service;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.model.Resident;

/**
 * A resident's whole record as the counter reads it ({@code resident show}): the person with the
 * Individual Number masked and the address history, whether the record is current or removed
 * (除票, with the day and the reason), its version (a change prepared on it is saved only while it
 * is still the version), the household with its members, the cards with their pending notes and
 * continued-use deadline, and every change.
 *
 * @param removalReason the change kind that removed the record ({@code move-out}, {@code death}), or null
 */
public record ResidentRecord(Resident resident, int version, LocalDate removedOn, String removalReason, String householdId,
		List<Member> household, List<CardRecord> cards, List<ChangeView> changes) {

	/** A member of the household, the head first. */
	public record Member(long id, String name, LocalDate birthDate, String relationship) {
	}

	/** A line of the card's notes area (追記欄); pending until {@code writtenOn}. */
	public record Note(LocalDate on, String text, LocalDate writtenOn) {
	}

	/** A card of the resident with its notes, and the day its continued use is due by (null when none is). */
	public record CardRecord(CardView card, LocalDate continuedUseDue, List<Note> notes) {
	}

	public boolean removed() {
		return removedOn != null;
	}
}
