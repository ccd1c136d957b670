package org.madoguchi.reports;

import java.time.LocalDateTime;

/**
 * One audit entry on the access log.
 *
 * @param at the time as the register stores it (its local time)
 * @param operatorName the operator's name, or null for an ID the register does not know (a failed login)
 * @param role the operator's role code, or null for an unknown ID
 * @param office the office whose register it is, or null when none is named
 * @param operation what was done, as the auditor reads it (Japanese)
 * @param residentId the resident it concerned, or null
 */
public record AccessLogEntry(long id, LocalDateTime at, String operatorId, String operatorName, String role, String office,
		String operation, String operationCode, Long residentId, String detail) {
}
