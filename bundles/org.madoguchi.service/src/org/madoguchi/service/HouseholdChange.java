package org.madoguchi.service;

import java.time.LocalDate;

/**
 * A household change (世帯変更届).
 *
 * @param kind what changes
 * @param householdId the household to join ({@link Kind#JOIN}); else null
 * @param relationship the resident's relationship in the household joined, or the previous head's after a new head
 */
public record HouseholdChange(Kind kind, String householdId, String relationship, LocalDate changedOn, LocalDate notifiedOn) {

	public enum Kind {
		/** The resident becomes the head of their household (世帯主変更). */
		NEW_HEAD,
		/** The resident leaves to a new household of their own, as its head (世帯分離). */
		LEAVE,
		/** The resident joins another household (世帯合併). */
		JOIN
	}
}
