package org.madoguchi.store;

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
}
