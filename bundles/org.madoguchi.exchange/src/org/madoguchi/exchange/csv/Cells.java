package org.madoguchi.exchange.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Problem;

/** Reads the cells of one row, collecting a problem for each cell that cannot be read. */
final class Cells {

	final CsvRow row;
	private final List<CellProblem> problems;

	Cells(CsvRow row, List<CellProblem> problems) {
		this.row = row;
		this.problems = problems;
	}

	/** The text, or null when the cell is empty. */
	String text(Column column) {
		String value = row.get(column);
		if (value.length() > column.maxLength()) {
			problem(column, "cell.tooLong", column.header(), column.maxLength());
			return null;
		}
		return value.isEmpty() ? null : value;
	}

	/** The text; an empty cell is a problem. */
	String required(Column column) {
		String value = text(column);
		if (value == null) {
			missing(column);
		}
		return value;
	}

	void requireText(Column column) {
		if (text(column) == null) {
			missing(column);
		}
	}

	void missing(Column column) {
		problem(column, "cell.required", column.header());
	}

	void problem(Column column, String key, Object... arguments) {
		problems.add(new CellProblem(column, new Problem(ResidentFileException.class, key, arguments)));
	}

	/** The value read by {@code reader}, or null when the cell is empty or cannot be read (then a problem). */
	<T> T optional(Column column, Function<String, T> reader) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return reader.apply(value);
		} catch (InvalidValueException e) {
			problems.add(new CellProblem(column, e.problem()));
			return null;
		}
	}

	LocalDate date(Column column, boolean required) {
		if (required) {
			requireText(column);
		}
		return optional(column, JapaneseDates::parse);
	}
}
