package org.madoguchi.exchange.csv;

import java.util.List;

import org.madoguchi.model.Resident;

/**
 * A row turned into a resident (with at most one card), or the problems that stopped it.
 * Card expiries and certificates are left to the rules.
 */
public record ParsedRow(CsvRow row, Resident resident, List<CellProblem> problems) {

	public boolean isValid() {
		return problems.isEmpty();
	}
}
