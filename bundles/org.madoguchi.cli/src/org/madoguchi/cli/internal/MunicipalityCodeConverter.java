package org.madoguchi.cli.internal;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --municipality 131016}: a local government code with a right check digit, normalised. */
final class MunicipalityCodeConverter implements ITypeConverter<String> {

	@Override
	public String convert(String value) {
		try {
			return LocalGovernmentCode.normalize(value);
		} catch (InvalidValueException e) {
			throw new TypeConversionException(e.problem().english());
		}
	}
}
