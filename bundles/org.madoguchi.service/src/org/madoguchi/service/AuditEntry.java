package org.madoguchi.service;

import java.time.Instant;

/** One line of the audit trail: who did what to whose record, and when. */
public record AuditEntry(long id, Instant at, String operatorId, String operation, Long residentId, String detail) {
}
