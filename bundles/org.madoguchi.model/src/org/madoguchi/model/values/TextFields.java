package org.madoguchi.model.values;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.madoguchi.model.ModelPackage.Literals;

/**
 * What the register's text fields may hold. Each keeps at most as many characters as its column
 * in the database (the store's tests compare the two), so that a longer value is refused with a
 * reason instead of failing in the database. None holds a control character (ESC, BEL, DEL, NUL,
 * tabs and line breaks, C1 controls): a name is one line of visible text, and an escape sequence
 * kept in it would reach every terminal that prints it.
 */
public final class TextFields {

	/**
	 * A text field: what the messages call it, and the most characters (UTF-16 units) it keeps.
	 * {@code formatted}: a value rule reads it and checks its form (a postal code typed as
	 * {@code 100-0001} is kept as 7 digits), so its length as typed does not count.
	 */
	public record Field(EAttribute attribute, Label label, int maximum, boolean formatted) {
	}

	private static final Map<EAttribute, Field> FIELDS = new LinkedHashMap<>();

	static {
		formatted(Literals.MUNICIPALITY__CODE, Label.LOCAL_GOVERNMENT_CODE, 6);
		field(Literals.MUNICIPALITY__NAME, new Label("municipalityName"), 100);
		field(Literals.MUNICIPALITY__KANA_NAME, new Label("municipalityKanaName"), 100);
		formatted(Literals.ADDRESS__POSTAL_CODE, Label.POSTAL_CODE, 7);
		field(Literals.ADDRESS__PREFECTURE, Label.PREFECTURE, 10);
		formatted(Literals.ADDRESS__MUNICIPALITY_CODE, Label.LOCAL_GOVERNMENT_CODE, 6);
		field(Literals.ADDRESS__MUNICIPALITY_NAME, new Label("municipalityName"), 100);
		field(Literals.ADDRESS__TOWN, Label.TOWN, 100);
		field(Literals.ADDRESS__CHOME, new Label("chome"), 20);
		field(Literals.ADDRESS__NUMBER, Label.NUMBER, 50);
		field(Literals.ADDRESS__BUILDING, new Label("building"), 200);
		field(Literals.HOUSEHOLD__ID, new Label("household"), 40);
		field(Literals.HOUSEHOLD_MEMBER__RELATIONSHIP, new Label("relationship"), 40);
		field(Literals.RESIDENT__FAMILY_NAME, Label.FAMILY_NAME, 100);
		field(Literals.RESIDENT__GIVEN_NAME, Label.GIVEN_NAME, 100);
		field(Literals.RESIDENT__FAMILY_NAME_KANA, Label.FAMILY_NAME_KANA, 100);
		field(Literals.RESIDENT__GIVEN_NAME_KANA, Label.GIVEN_NAME_KANA, 100);
		field(Literals.RESIDENT__ROMAN_NAME, new Label("romanName"), 200);
		field(Literals.RESIDENT__ALIAS, new Label("alias"), 100);
		formatted(Literals.RESIDENT__NATIONALITY, new Label("nationality"), 3);
		field(Literals.RESIDENT__REGISTERED_DOMICILE, new Label("registeredDomicile"), 200);
		formatted(Literals.RESIDENT__INDIVIDUAL_NUMBER, Label.INDIVIDUAL_NUMBER, 12);
		field(Literals.RESIDENT__RESIDENT_CODE, new Label("residentCode"), 11);
		field(Literals.RESIDENT__PHOTO, new Label("photo"), 500);
		field(Literals.MY_NUMBER_CARD__SERIAL, new Label("cardSerial"), 20);
		field(Literals.STATUS_TRANSITION__OPERATOR, new Label("operator"), 64);
		field(Literals.STATUS_TRANSITION__REASON, new Label("reason"), 500);
		field(Literals.CERTIFICATE__REVOCATION_REASON, new Label("reason"), 500);
		field(Literals.CIVIL_SERVANT__OFFICIAL_ID, new Label("officialId"), 40);
		field(Literals.CIVIL_SERVANT__MINISTRY, new Label("ministry"), 100);
		field(Literals.CIVIL_SERVANT__BUREAU, new Label("bureau"), 100);
		field(Literals.CIVIL_SERVANT__POSITION, new Label("position"), 100);
	}

	private static void field(EAttribute attribute, Label label, int maximum) {
		FIELDS.put(attribute, new Field(attribute, label, maximum, false));
	}

	private static void formatted(EAttribute attribute, Label label, int maximum) {
		FIELDS.put(attribute, new Field(attribute, label, maximum, true));
	}

	/** Every text field of the model. */
	public static Collection<Field> all() {
		return FIELDS.values();
	}

	/** The field of a text attribute of the model. */
	public static Field of(EAttribute attribute) {
		Field field = FIELDS.get(attribute);
		if (field == null) {
			throw new IllegalArgumentException(attribute.getEContainingClass().getName() + "." + attribute.getName() + " is not a text field");
		}
		return field;
	}

	/** Why {@code text} cannot be kept in {@code field}; empty when it can. */
	public static Optional<Problem> problem(Field field, String text) {
		return problem(text, field.label(), field.formatted() ? Integer.MAX_VALUE : field.maximum());
	}

	/**
	 * Why {@code text} cannot be kept in a field of at most {@code maximum} characters; empty when it
	 * can. {@code what} names the field in the message (a {@link Label}, or a file's column name).
	 */
	public static Optional<Problem> problem(String text, Object what, int maximum) {
		if (text == null) {
			return Optional.empty();
		}
		int control = firstControl(text);
		if (control >= 0) {
			return Optional.of(new Problem("text.control", what, codePoint(text.codePointAt(control)), control + 1));
		}
		if (text.length() > maximum) {
			return Optional.of(new Problem("text.tooLong", what, text.length(), maximum));
		}
		return Optional.empty();
	}

	/**
	 * Control characters: C0 (NUL to US: ESC, BEL, tab, line feed, …), DEL, C1 (NEL, CSI, OSC, …),
	 * and the Unicode line and paragraph separators.
	 */
	public static boolean isControl(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
	}

	/**
	 * The text for a terminal or a log: each control character written as {@code \}{@code u001B}, so
	 * that a stored one shows instead of acting (registers written before it was refused may hold one).
	 */
	public static String visible(String text) {
		if (text == null || firstControl(text) < 0) {
			return text;
		}
		StringBuilder visible = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			if (isControl(c)) {
				visible.append(String.format("\\u%04X", c));
			} else {
				visible.appendCodePoint(c);
			}
		});
		return visible.toString();
	}

	/** "U+001B": how messages name a character that cannot be shown. */
	private static String codePoint(int c) {
		return String.format("U+%04X", c);
	}

	private static int firstControl(String text) {
		for (int index = 0; index < text.length(); index++) {
			if (isControl(text.charAt(index))) {
				return index;
			}
		}
		return -1;
	}

	private TextFields() {
	}
}
