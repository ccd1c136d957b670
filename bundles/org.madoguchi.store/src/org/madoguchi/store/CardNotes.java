package org.madoguchi.store;

import java.time.LocalDate;
import java.util.List;

/** The notes each card's notes area (追記欄) carries or still has to be written with. */
public interface CardNotes {

	/** Adds a pending note; returns its id. */
	long add(long cardId, Long changeId, LocalDate on, String text);

	/** The card's notes, oldest first: the written ones and the pending ones, without withdrawn ones. */
	List<CardNote> of(long cardId);

	/** The cards with a pending note, by id. */
	List<Long> cardsWithPendingNotes();

	/** Records that the card's pending notes were written on {@code on}; returns how many. */
	int markWritten(long cardId, LocalDate on);

	/** Withdraws the pending notes of a cancelled change (written ones stay: they are on the card). */
	void withdrawPending(long changeId);
}
