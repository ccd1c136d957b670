package org.madoguchi.store;

import java.time.Instant;

/**
 * An entry of a branch office that central did not apply, kept until a supervisor decides.
 *
 * @param reason why it was not applied, as the service's problem (key and arguments, JSON)
 * @param officeEntry the office's entry as its change file carried it (JSON)
 * @param centralSide what central holds against it: the entry that changed the record here (JSON), or null when the use case refused
 * @param status {@code pending}, {@code office} (the office's entry applied) or {@code central} (central's state kept)
 */
public record SyncConflict(long id, String office, long sequence, String useCase, Long residentId, String reason, String officeEntry,
		String centralSide, Instant detectedAt, String status, String decidedBy, Instant decidedAt, String decisionReason) {

	public static final String PENDING = "pending";

	public boolean pending() {
		return PENDING.equals(status);
	}
}
