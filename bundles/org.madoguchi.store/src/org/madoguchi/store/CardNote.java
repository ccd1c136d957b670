package org.madoguchi.store;

import java.time.LocalDate;

/**
 * A line for the card's notes area (追記欄): dated, the change and its new content. Pending until
 * {@code writtenOn}, the day the clerk wrote it on the presented card.
 *
 * @param changeId the resident change the note comes from, or null (continued use, validity change)
 */
public record CardNote(long id, long cardId, Long changeId, LocalDate on, String text, LocalDate writtenOn) {

	public boolean pending() {
		return writtenOn == null;
	}
}
