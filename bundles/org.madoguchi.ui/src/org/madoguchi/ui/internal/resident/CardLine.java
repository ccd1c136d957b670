package org.madoguchi.ui.internal.resident;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.madoguchi.model.MyNumberCard;

/**
 * A line of the editor's card list: a card, or what belongs to it (a certificate, the continued
 * use due, a line of its notes area), with the texts of its columns; a card's line holds the lines
 * of what belongs to it. Selecting either means the card.
 */
record CardLine(MyNumberCard card, String[] cells, List<CardLine> details) {

	/** The cards of a list of card lines, each with what belongs to it under it. */
	static final class Provider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object line) {
			return ((CardLine) line).details().toArray();
		}

		@Override
		public Object getParent(Object line) {
			return null;
		}

		@Override
		public boolean hasChildren(Object line) {
			return !((CardLine) line).details().isEmpty();
		}
	}
}
