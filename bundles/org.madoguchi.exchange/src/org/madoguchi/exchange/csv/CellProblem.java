package org.madoguchi.exchange.csv;

import org.madoguchi.model.values.Problem;

/** Why one cell was refused; {@code column} is null when the problem is the row as a whole. */
public record CellProblem(Column column, Problem problem) {

	/** The column's name in the file, or "(row)". */
	public String columnName() {
		return column == null ? "(row)" : column.header();
	}
}
