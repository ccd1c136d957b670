package org.madoguchi.print;

/** Paints the sides of one card-sized item (a card, a masking card) on a canvas. */
interface FacePainter<T> {

	/** The resident the item is about: every page is checked against the batch. */
	long subject(T item);

	void front(CardCanvas canvas, T item);

	/** Whether the item has a back to print. */
	boolean hasBack();

	void back(CardCanvas canvas, T item);

	/** Whether the face gets the card's cut line: not when it is printed onto a card that exists. */
	default boolean cutLine() {
		return true;
	}
}
