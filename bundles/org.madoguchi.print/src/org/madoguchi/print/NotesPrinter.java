package org.madoguchi.print;

import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Element;

/**
 * The pending notes of cards, for the counter's card-face printer: one card-sized page per card
 * with nothing but the new lines, each at its line of the layout's notes box (below the box's
 * caption and the notes written before), so that printed on the card they land in its notes area
 * under what is there.
 */
public final class NotesPrinter {

	/** The caption's line is this many times the box's font size high. */
	static final float CAPTION_SPACING = 1.4f;
	/** A note's line is this many times the box's smallest font size high: notes are set small, to fit. */
	static final float LINE_SPACING = 1.25f;

	private final CardLayout layout;

	public NotesPrinter(CardLayout layout) {
		this.layout = layout;
	}

	/** How many notes the notes box holds below its caption. */
	public int lines() {
		Box notes = notes();
		return (int) Math.floor((notes.h() - captionHeight(notes)) / lineHeight(notes));
	}

	/** The box of the note on line {@code index} (0: the first below the caption). */
	Box line(int index) {
		Box notes = notes();
		double height = lineHeight(notes);
		return new Box(notes.x() + 0.6, notes.y() + captionHeight(notes) + index * height, notes.w() - 1.2, height,
				notes.smallestFontSize(), notes.smallestFontSize(), 1, null, false);
	}

	private Box notes() {
		return layout.front().get("notes");
	}

	private static double captionHeight(Box notes) {
		return notes.fontSize() * CAPTION_SPACING / Units.POINTS_PER_MM;
	}

	private static double lineHeight(Box notes) {
		return notes.smallestFontSize() * LINE_SPACING / Units.POINTS_PER_MM;
	}

	/** @throws PrintException when a card's notes do not fit its notes area */
	public List<List<Long>> print(List<NotesFace> cards, OutputStream out) {
		for (NotesFace card : cards) {
			if (card.written() + card.pending().size() > lines()) {
				throw PrintException.of("notes.full", card.cardId(), lines(), card.written(), card.pending().size());
			}
		}
		return new Imposition(layout, Sheet.CARD, false).write(cards, new Painter(), out, printed -> {
			// a few cards at a time: nothing to report
		});
	}

	private final class Painter implements FacePainter<NotesFace> {

		@Override
		public long subject(NotesFace card) {
			return card.residentId();
		}

		@Override
		public void front(CardCanvas canvas, NotesFace card) {
			for (int index = 0; index < card.pending().size(); index++) {
				canvas.text(line(card.written() + index), card.pending().get(index), Element.ALIGN_LEFT);
			}
		}

		@Override
		public boolean hasBack() {
			return false;
		}

		@Override
		public boolean cutLine() {
			return false;
		}

		@Override
		public void back(CardCanvas canvas, NotesFace card) {
			throw new UnsupportedOperationException("Notes go on the front");
		}
	}
}
