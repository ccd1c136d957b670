package org.madoguchi.store;

import java.time.LocalDateTime;

/** An entry to append to the audit trail, stamped with the register's local time. */
public record NewAuditEntry(LocalDateTime at, String operatorId, String operation, Long residentId, String detail) {
}
