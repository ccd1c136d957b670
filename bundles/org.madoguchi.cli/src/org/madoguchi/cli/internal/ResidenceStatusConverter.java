package org.madoguchi.cli.internal;

import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.ResidenceStatuses;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --status permanent}, {@code --status highly-skilled-2}, … */
final class ResidenceStatusConverter implements ITypeConverter<ResidenceStatus> {

	@Override
	public ResidenceStatus convert(String value) {
		try {
			return ResidenceStatuses.fromWord(value);
		} catch (InvalidValueException e) {
			throw new TypeConversionException(e.problem().english());
		}
	}
}
