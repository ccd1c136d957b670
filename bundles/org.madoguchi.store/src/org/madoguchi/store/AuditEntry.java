package org.madoguchi.store;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to whose record, and when.
 *
 * @param detailMessage the message the detail was written from, as JSON (key and arguments), or null
 */
public record AuditEntry(long id, Instant at, String operatorId, String operation, Long residentId, String detail, String detailMessage) {
}
