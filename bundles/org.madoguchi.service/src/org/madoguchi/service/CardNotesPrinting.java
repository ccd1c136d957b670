package org.madoguchi.service;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.NotesFace;
import org.madoguchi.print.NotesPrinter;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.store.CardNote;

/**
 * The pending notes of cards (追記: a new address, a new name) for the counter's card-face
 * printer, each at its line of the notes area of the card layout the cards are printed with.
 * Printing does not mark them written: the clerk records that ({@code card notes-written}) once
 * the card is back in the resident's hand.
 */
public final class CardNotesPrinting {

	private final Register register;
	private final CardLayout layout;

	/** @param layout the layout the cards are printed with (see {@link CardPrinting#notes()}) */
	CardNotesPrinting(Register register, CardLayout layout) {
		this.register = register;
		this.layout = layout;
	}

	/** Prints the pending notes of the cards, or of every card with pending notes for null; returns how many cards. */
	public int print(List<Long> cardIds, Path out) {
		register.require(Permission.COUNTER_WORK, "print card notes");
		List<NotesFace> faces = register.store().read(session -> {
			List<Long> cards = cardIds != null ? cardIds : session.cardNotes().cardsWithPendingNotes();
			List<NotesFace> built = new ArrayList<>();
			for (long cardId : cards) {
				if (session.cards().find(cardId).isEmpty()) {
					throw ServiceException.of("card.unknown", cardId);
				}
				List<CardNote> notes = session.cardNotes().of(cardId);
				List<String> pending = notes.stream().filter(CardNote::pending).map(note -> JapaneseDates.eraKanji(note.on()) + " " + note.text()).toList();
				if (pending.isEmpty()) {
					throw ServiceException.of("notes.nonePending", cardId);
				}
				built.add(new NotesFace(session.cards().holderOf(cardId), cardId, notes.size() - pending.size(), pending));
			}
			return built;
		});
		if (faces.isEmpty()) {
			throw ServiceException.of("print.nothing");
		}
		DraftFile.write(out, draft -> {
			try (OutputStream stream = Files.newOutputStream(draft)) {
				List<List<Long>> pages = new NotesPrinter(layout).print(faces, stream);
				// each page is about the card asked for, in order: a note never lands on another person's card
				if (!pages.stream().map(page -> page.get(0)).toList().equals(faces.stream().map(NotesFace::residentId).toList())) {
					throw ServiceException.of("print.subjectMismatch", pages.size());
				}
			}
			return null;
		});
		register.store().write(session -> {
			for (NotesFace face : faces) {
				register.audit(session, AuditOperation.PRINT_NOTES, face.residentId(), AuditDetail.of("cardTo", face.cardId(), out.getFileName()));
			}
			return null;
		});
		return faces.size();
	}
}
