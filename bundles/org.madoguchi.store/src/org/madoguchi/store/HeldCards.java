package org.madoguchi.store;

import java.util.function.Consumer;

/** Streams the cards residents hold, for reports over the whole register without loading it. */
public interface HeldCards {

	/**
	 * Hands every issued or suspended card to {@code sink}, by resident; only those of one
	 * municipality when {@code municipalityCode} is given (the holder's current address).
	 */
	void each(String municipalityCode, Consumer<HeldCard> sink);
}
