package org.madoguchi.model.values;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The card number printed on a My Number Card, as J-LIS reports it on production: 8 to 20
 * letters and digits. Typed in full-width or lower case, it is stored in ASCII upper case.
 */
public final class CardSerial {

	private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{8,20}");

	/** The serial as stored. @throws InvalidValueException when it is not 8 to 20 letters and digits */
	public static String normalize(String typed) {
		String serial = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
		if (!SHAPE.matcher(serial).matches()) {
			throw new InvalidValueException(new Problem("card.serial", typed == null ? "" : typed));
		}
		return serial;
	}

	private CardSerial() {
	}
}
