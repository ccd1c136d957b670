package org.madoguchi.print;

import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Element;

/**
 * The pending notes of cards, for the counter's card-face printer: one card-sized page per card
 * with nothing but the new lines, each at its line of the layout's notes box (the box's caption
 * is its first line, the notes written before take the next ones), so that printed on the card
 * they land in its notes area under what is there.
 */
public final class NotesPrinter {

	/** A line of the notes area is this many times its font size high. */
	static final float LINE_SPACING = 1.4f;

	private final CardLayout layout;

	public NotesPrinter(CardLayout layout) {
		this.layout = layout;
	}

	/** How many lines the notes box holds below its caption. */
	public int lines() {
		Box notes = layout.front().get("notes");
		return (int) Math.floor(notes.h() / lineHeight(notes)) - 1;
	}

	/** The box of line {@code index} (0: the caption) of the notes area. */
	Box line(int index) {
		Box notes = layout.front().get("notes");
		double height = lineHeight(notes);
		return new Box(notes.x() + 0.6, notes.y() + index * height, notes.w() - 1.2, height, notes.fontSize(), notes.smallestFontSize(), 1,
				null, false);
	}

	private static double lineHeight(Box notes) {
		return notes.fontSize() * LINE_SPACING / Units.POINTS_PER_MM;
	}

	/** @throws PrintException when a card's notes do not fit its notes area */
	public List<List<Long>> print(List<NotesFace> cards, OutputStream out) {
		for (NotesFace card : cards) {
			if (card.written() + card.pending().size() > lines()) {
				throw new PrintException("The notes area of card " + card.cardId() + " holds " + lines() + " lines; "
						+ card.written() + " are written and " + card.pending().size() + " more are pending");
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
				canvas.text(line(1 + card.written() + index), card.pending().get(index), Element.ALIGN_LEFT);
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
