package org.madoguchi.cli.internal;

import java.time.LocalDate;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Dates on the command line: ISO-8601, and the era forms a clerk copies from a form (R5.4.1).
 * A date outside the years a register can hold (from Meiji 1, 1868, to 2200) is a typing error.
 */
final class DateConverter implements ITypeConverter<LocalDate> {

	private static final int FIRST_YEAR = 1868;
	private static final int LAST_YEAR = 2200;

	@Override
	public LocalDate convert(String value) {
		LocalDate date;
		try {
			date = JapaneseDates.parse(value);
		} catch (InvalidValueException e) {
			throw new TypeConversionException(e.problem().english());
		}
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new TypeConversionException(date + " is not between the years " + FIRST_YEAR + " and " + LAST_YEAR);
		}
		return date;
	}
}
