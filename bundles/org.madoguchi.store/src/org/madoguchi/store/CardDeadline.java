package org.madoguchi.store;

/** A day after which a held card ends, as the nightly run looks for it. */
public enum CardDeadline {
	/** The card's last valid day: it expires the day after. */
	LAST_VALID_DAY,
	/** The last day to record the continued use (継続利用) of a card brought at a move-in: it lapses the day after. */
	CONTINUED_USE
}
