package org.madoguchi.service;

import java.time.Instant;
import java.util.Locale;

import org.madoguchi.model.values.Problem;

/**
 * One line of the audit trail: who did what to whose record, and when.
 *
 * @param detail the detail as the trail keeps it (English, covered by the hash chain), or null
 * @param message the message it was written from, or null for an entry written as plain text
 */
public record AuditEntry(long id, Instant at, String operatorId, String operation, Long residentId, String detail, Problem message) {

	/** The detail in {@code locale}'s language where the entry was written from a message, else as kept. */
	public String detail(Locale locale) {
		return message == null ? detail : message.in(locale);
	}
}
