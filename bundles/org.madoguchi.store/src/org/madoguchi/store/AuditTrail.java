package org.madoguchi.store;

import java.time.LocalDate;
import java.util.List;

/** The audit trail: entries are appended and read, never changed or deleted. */
public interface AuditTrail {

	void append(String operatorId, String operation, Long residentId, String detail);

	/** Entries, oldest first, optionally only about one resident and from a day on. */
	List<AuditEntry> entries(Long residentId, LocalDate since, int limit);
}
