package org.madoguchi.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Counts for {@code madoguchi stats} and the workbench's status line. */
public interface Statistics {

	long residents();

	long households();

	/** Cards by status literal (applied, issued, …), every status present, zero where none. */
	Map<String, Long> cardsByStatus();

	long certificates();

	long auditEntries();

	long civilServants();

	/**
	 * Held (issued or suspended) cards and their unrevoked certificates expiring in each of
	 * {@code months} calendar months, starting with the month of {@code from}; months without any
	 * are listed with zeros.
	 */
	List<MonthlyExpiries> expiriesByMonth(LocalDate from, int months);

	/** The held cards and unrevoked certificates expiring in [{@code from}, {@code until}], soonest first. */
	List<ExpiringDocument> expiring(LocalDate from, LocalDate until, int limit);
}
