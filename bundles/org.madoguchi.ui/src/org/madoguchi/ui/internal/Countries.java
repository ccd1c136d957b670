package org.madoguchi.ui.internal;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.madoguchi.model.values.Nationality;

/** A nationality as the register keeps it, an ISO 3166 alpha-3 code (JPN), named in the workbench's language (日本). */
public final class Countries {

	private static final Pattern CHOICE = Pattern.compile(".*\\(([A-Za-z]{3})\\)");
	private static final Map<String, Locale> BY_ALPHA3 = Stream.of(Locale.getISOCountries()).map(code -> new Locale("", code))
			.collect(Collectors.toMap(Locale::getISO3Country, Function.identity(), (first, second) -> first));

	/** The country's name; a code the platform does not know is shown as it is kept. */
	public static String name(String alpha3) {
		Locale country = BY_ALPHA3.get(alpha3.toUpperCase(Locale.ROOT));
		return country == null ? alpha3 : country.getDisplayCountry(Locale.getDefault());
	}

	/** Every country the platform knows as a choice, "日本 (JPN)", by name in the workbench's language, Japan first. */
	public static List<String> choices() {
		Comparator<String> byName = Collator.getInstance(Locale.getDefault())::compare;
		return BY_ALPHA3.keySet().stream().sorted(Comparator.comparing((String code) -> !code.equals(Nationality.JAPAN))
				.thenComparing(Countries::name, byName)).map(Countries::choice).toList();
	}

	/** The choice that stands for {@code alpha3}: its name and the code, "日本 (JPN)"; a code the platform does not know, as it is. */
	public static String choice(String alpha3) {
		String name = name(alpha3);
		return name.equals(alpha3) ? alpha3 : name + " (" + alpha3.toUpperCase(Locale.ROOT) + ")";
	}

	/** The code a choice or a typed text stands for: the code in "日本 (JPN)", a country's name, or a code typed; null for nothing. */
	public static String code(String typed) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		Matcher chosen = CHOICE.matcher(text);
		if (chosen.matches()) {
			return chosen.group(1).toUpperCase(Locale.ROOT);
		}
		return BY_ALPHA3.keySet().stream().filter(code -> name(code).equalsIgnoreCase(text)).findFirst().orElse(text.toUpperCase(Locale.ROOT));
	}

	private Countries() {
	}
}
