package org.madoguchi.ui.internal.resident;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.madoguchi.model.MyNumberCard;

/**
 * A line of the editor's card list: a card, or one of its certificates, with the texts of its
 * columns; a card's line holds its certificates' lines. Selecting either means the card.
 */
record CardLine(MyNumberCard card, String[] cells, List<CardLine> certificates) {

	/** The cards of a list of card lines, each with its certificates under it. */
	static final class Provider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object line) {
			return ((CardLine) line).certificates().toArray();
		}

		@Override
		public Object getParent(Object line) {
			return null;
		}

		@Override
		public boolean hasChildren(Object line) {
			return !((CardLine) line).certificates().isEmpty();
		}
	}
}
