package org.madoguchi.exchange.csv;

import org.madoguchi.model.values.Problem;

/** Why one cell (or the row, for a cross-column rule) was refused. */
public record CellProblem(Column column, Problem problem) {
}
