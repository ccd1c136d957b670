package org.madoguchi.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One recorded change of a resident record (住民異動), as kept for ever: what it was, the day it
 * took effect and the day it was notified, who recorded it and when, and the record's state
 * before and after it as data. A cancelled change stays, naming the change that cancelled it.
 *
 * @param id assigned by the store; 0 for a change not stored yet
 * @param daysLate days past the notification period (届出期間経過), 0 when notified in time
 * @param cancels the change this one cancels, for a cancellation; else null
 * @param cancelledBy the cancellation that cancelled this change, or null
 * @param before the record's state before the change; null for a record the change created
 */
public record ResidentChange(long id, long residentId, String kind, LocalDate on, LocalDate notifiedOn, int daysLate,
		String operator, Instant recordedAt, String reason, Long cancels, Long cancelledBy, String before, String after) {

	public boolean cancelled() {
		return cancelledBy != null;
	}
}
