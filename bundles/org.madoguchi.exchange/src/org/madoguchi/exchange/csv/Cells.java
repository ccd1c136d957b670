package org.madoguchi.exchange.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.TextFields;

/** Reads the cells of one row, collecting a problem for each cell that cannot be read. */
final class Cells {

	final CsvRow row;
	private final List<CellProblem> problems;

	Cells(CsvRow row, List<CellProblem> problems) {
		this.row = row;
		this.problems = problems;
	}

	/** The text, or null when the cell is empty or holds what no field keeps (then a problem). */
	String text(Column column) {
		String value = row.get(column);
		Optional<Problem> refused = TextFields.problem(value, column.header(), column.maxLength());
		if (refused.isPresent()) {
			problems.add(new CellProblem(column, refused.get()));
			return null;
		}
		return value.isEmpty() ? null : value;
	}

	/** The text; an empty cell is a problem. */
	String required(Column column) {
		requireText(column);
		return text(column);
	}

	/** An empty cell is a problem (what the cell holds is checked where it is read). */
	void requireText(Column column) {
		if (row.get(column).isEmpty()) {
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
