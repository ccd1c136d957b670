package org.madoguchi.service;

import java.time.Instant;
import java.time.LocalDate;

import org.madoguchi.store.ResidentChange;

/**
 * One change in a resident's history as the counter reads it: kind, the day it took effect and
 * the day it was notified, who recorded it and when, whether it was cancelled, and the record's
 * state before and after it (name=value lines; no Individual Number).
 *
 * @param cancels the change a cancellation cancelled, else null
 */
public record ChangeView(long id, String kind, LocalDate on, LocalDate notifiedOn, int daysLate, String operator, Instant recordedAt,
		String reason, boolean cancelled, Long cancels, String before, String after) {

	static ChangeView of(ResidentChange change) {
		return new ChangeView(change.id(), change.kind(), change.on(), change.notifiedOn(), change.daysLate(), change.operator(),
				change.recordedAt(), change.reason(), change.cancelled(), change.cancels(), change.before(), change.after());
	}
}
