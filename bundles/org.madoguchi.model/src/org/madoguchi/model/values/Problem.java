package org.madoguchi.model.values;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a value was refused, with its message in English and Japanese: clerks read Japanese,
 * batch logs and reject files carry both.
 *
 * @param catalogue a class whose package holds the messages (problems.properties, problems_ja.properties)
 * @param key the message key (stable: reject files and tests use it)
 * @param arguments the values the message names; a {@link Label} is translated with the message
 */
public record Problem(Class<?> catalogue, String key, Object... arguments) {

	/** A problem whose message is in this package's catalogue. */
	public Problem(String key, Object... arguments) {
		this(Problem.class, key, arguments);
	}

	public String english() {
		return in(Locale.ROOT);
	}

	public String japanese() {
		return in(Locale.JAPANESE);
	}

	/** The message in the given language (Japanese or English). */
	public String in(Locale locale) {
		ResourceBundle messages = ResourceBundle.getBundle(catalogue.getPackageName() + ".problems", locale,
				catalogue.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		Object[] translated = Arrays.stream(arguments)
				.map(argument -> argument instanceof Label label ? messages.getString("label." + label.key()) : argument)
				.toArray();
		MessageFormat format = new MessageFormat(messages.getString(key), locale);
		Format[] formats = format.getFormatsByArgumentIndex();
		for (int i = 0; i < formats.length && i < translated.length; i++) {
			// an id is marked {0,number,#} (no grouping: it is typed back as printed); a text in its place is written as it is
			if (formats[i] instanceof NumberFormat && !(translated[i] instanceof Number)) {
				format.setFormatByArgumentIndex(i, null);
			}
		}
		return format.format(translated);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Problem problem && catalogue == problem.catalogue && key.equals(problem.key)
				&& Arrays.equals(arguments, problem.arguments);
	}

	@Override
	public int hashCode() {
		return (31 * catalogue.hashCode() + key.hashCode()) * 31 + Arrays.hashCode(arguments);
	}

	@Override
	public String toString() {
		return english();
	}
}
