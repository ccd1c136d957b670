package org.madoguchi.service;

/** How cards are laid on paper. */
public enum Sheet {
	/** One page per side, the size of the card, for card printers: front, then back. */
	CARD,
	/** Ten cards per A4 page with crop marks; fronts on odd pages, backs on even pages mirrored for duplex. */
	A4
}
