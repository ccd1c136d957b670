package org.madoguchi.store;

import java.time.LocalDate;
import java.util.List;

/** The audit trail: entries are appended and read, never changed or deleted. */
public interface AuditTrail {

	void append(String operatorId, String operation, Long residentId, String detail);

	/** Entries, oldest first, optionally only about one resident and from a day on. */
	default List<AuditEntry> entries(Long residentId, LocalDate since, int limit) {
		return entries(null, residentId, since, null, limit);
	}

	/** Entries, oldest first; each filter that is not null narrows them (the days are inclusive). */
	List<AuditEntry> entries(String operatorId, Long residentId, LocalDate from, LocalDate until, int limit);
}
