package org.madoguchi.ui.internal;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A nationality as the register keeps it, an ISO 3166 alpha-3 code (JPN), named in the workbench's language (日本). */
public final class Countries {

	private static final Map<String, Locale> BY_ALPHA3 = Stream.of(Locale.getISOCountries()).map(code -> new Locale("", code))
			.collect(Collectors.toMap(Locale::getISO3Country, Function.identity(), (first, second) -> first));

	/** The country's name; a code the platform does not know is shown as it is kept. */
	public static String name(String alpha3) {
		Locale country = BY_ALPHA3.get(alpha3.toUpperCase(Locale.ROOT));
		return country == null ? alpha3 : country.getDisplayCountry(Locale.getDefault());
	}

	private Countries() {
	}
}
