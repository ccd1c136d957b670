package org.madoguchi.service;

/**
 * The record a change is made to, and the version the clerk opened it at: a change to a record
 * someone else changed since is refused (naming who and when) rather than silently laid over theirs.
 *
 * @param openedVersion the version the change was prepared on, or null for a batch that reads none
 */
public record ChangeTarget(long residentId, Integer openedVersion) {

	/** The record as it is now: a batch file names no version. */
	public static ChangeTarget of(long residentId) {
		return new ChangeTarget(residentId, null);
	}

	public static ChangeTarget at(long residentId, int openedVersion) {
		return new ChangeTarget(residentId, openedVersion);
	}
}
