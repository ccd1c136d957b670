package org.madoguchi.cli.internal;

import java.time.LocalDate;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Dates on the command line: ISO-8601, and the era forms a clerk copies from a form (R5.4.1). */
final class DateConverter implements ITypeConverter<LocalDate> {

	@Override
	public LocalDate convert(String value) {
		try {
			return JapaneseDates.parse(value);
		} catch (InvalidValueException e) {
			throw new TypeConversionException(e.problem().english());
		}
	}
}
