package org.madoguchi.store;

/**
 * What walking the audit chain found: how many entries hold, the newest one (null while the trail
 * is empty), and the first break with the entry it concerns.
 */
public record AuditChainCheck(long verified, AuditAnchor head, Finding finding, long entryId) {

	/** What the walk found at {@link #entryId()}. */
	public enum Finding {
		/** Every entry holds; entryId is the newest (0 for an empty trail). */
		INTACT,
		/** The entry's content no longer gives its hash. */
		CHANGED,
		/** The entry was not appended by the application (it has no hash, or the chain skips it). */
		INSERTED,
		/** One or more entries right before this one were removed. */
		REMOVED,
		/** The newest entries were removed: the head names this entry, which is gone. */
		NEWEST_REMOVED,
		/** The anchor's entry no longer holds the anchor's hash: the chain up to it was recomputed. */
		REWRITTEN
	}

	public boolean intact() {
		return finding == Finding.INTACT;
	}
}
