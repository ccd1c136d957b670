package org.madoguchi.exchange.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One record of the resident file: the line it starts on, the values as read (for the rejects
 * file), the values by column, stripped of surrounding spaces, and how many fields the header has.
 */
public record CsvRow(long line, List<String> original, Map<Column, String> fields, int headerSize) {

	/** The value of a column; empty when the column is absent or the cell is blank. */
	public String get(Column column) {
		String value = fields.get(column);
		return value == null ? "" : value;
	}

	/** @param fromExcel whether formulas neutralised for Excel are restored ({@link FormulaGuard}) */
	static CsvRow of(long line, List<String> header, List<String> values, boolean fromExcel) {
		Map<Column, String> fields = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size() && i < values.size(); i++) {
			String value = fromExcel ? FormulaGuard.restore(values.get(i).strip()) : values.get(i).strip();
			Column.ofHeader(header.get(i)).ifPresent(column -> fields.put(column, value));
		}
		return new CsvRow(line, List.copyOf(values), fields, header.size());
	}
}
