package org.madoguchi.store;

import java.time.LocalDateTime;

/**
 * An entry to append to the audit trail, stamped with the register's local time.
 *
 * @param detailMessage the message the detail was written from, as JSON (key and arguments), or null
 */
public record NewAuditEntry(LocalDateTime at, String operatorId, String operation, Long residentId, String detail, String detailMessage) {

	/** An entry whose detail is plain text. */
	public NewAuditEntry(LocalDateTime at, String operatorId, String operation, Long residentId, String detail) {
		this(at, operatorId, operation, residentId, detail, null);
	}
}
