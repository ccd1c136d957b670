package org.madoguchi.print;

/**
 * A field of a card layout, in millimetres from the card's top-left corner, with its font size
 * in points (shrunk down to {@code minFontSize}, then wrapped to {@code maxLines}, to fit).
 * {@code text} is a fixed caption; {@code border} draws the box's outline.
 */
public record Box(double x, double y, double w, double h, float fontSize, float minFontSize, int maxLines, String text,
		boolean border) {

	/** The smallest size text may shrink to: the box's own, or 80 % of its size when none is given. */
	public float smallestFontSize() {
		return minFontSize > 0 ? minFontSize : fontSize * 0.8f;
	}

	public int lines() {
		return Math.max(1, maxLines);
	}
}
