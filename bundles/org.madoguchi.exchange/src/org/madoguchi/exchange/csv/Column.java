package org.madoguchi.exchange.csv;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.values.TextFields;

/** The columns of the resident file, in the order Madoguchi writes them. */
public enum Column {
	INDIVIDUAL_NUMBER("individual_number", false, 40),
	RESIDENT_CODE("resident_code", false, 40),
	FAMILY_NAME("family_name", true, Literals.RESIDENT__FAMILY_NAME),
	GIVEN_NAME("given_name", false, Literals.RESIDENT__GIVEN_NAME),
	FAMILY_NAME_KANA("family_name_kana", true, Literals.RESIDENT__FAMILY_NAME_KANA),
	GIVEN_NAME_KANA("given_name_kana", true, Literals.RESIDENT__GIVEN_NAME_KANA),
	ROMAN_NAME("roman_name", false, Literals.RESIDENT__ROMAN_NAME),
	BIRTH_DATE("birth_date", true, 40),
	SEX("sex", true, 10),
	NATIONALITY("nationality", false, 40),
	RESIDENCE_STATUS("residence_status", false, 40),
	RESIDENCE_UNTIL("residence_until", false, 40),
	POSTAL_CODE("postal_code", true, 20),
	PREFECTURE("prefecture", true, Literals.ADDRESS__PREFECTURE),
	MUNICIPALITY_CODE("municipality_code", true, 20),
	TOWN("town", true, Literals.ADDRESS__TOWN),
	ADDRESS_NUMBER("address_number", true, Literals.ADDRESS__NUMBER),
	BUILDING("building", false, Literals.ADDRESS__BUILDING),
	ADDRESS_SINCE("address_since", false, 40),
	HOUSEHOLD_ID("household_id", false, Literals.HOUSEHOLD__ID),
	RELATIONSHIP("relationship", false, Literals.HOUSEHOLD_MEMBER__RELATIONSHIP),
	CARD_SERIAL("card_serial", false, Literals.MY_NUMBER_CARD__SERIAL),
	CARD_APPLIED_ON("card_applied_on", false, 40),
	CARD_ISSUED_ON("card_issued_on", false, 40),
	CARD_STATUS("card_status", false, 20);

	private final String header;
	private final boolean required;
	private final int maxLength;

	/** A column read by a value rule (a number, a date, a code): {@code maxLength} bounds it as written. */
	Column(String header, boolean required, int maxLength) {
		this.header = header;
		this.required = required;
		this.maxLength = maxLength;
	}

	/** A column kept as written: the register's maximum for its field. */
	Column(String header, boolean required, EAttribute stored) {
		this(header, required, TextFields.of(stored).maximum());
	}

	/** The longest value this column may hold. */
	public int maxLength() {
		return maxLength;
	}

	/** The name in the header row. */
	public String header() {
		return header;
	}

	/**
	 * Whether the header must have this column. given_name_kana must be there, but may be empty
	 * for a single-name foreign resident with a Roman-letter name.
	 */
	public boolean required() {
		return required;
	}

	private static final Map<String, Column> BY_HEADER = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));

	public static Optional<Column> ofHeader(String name) {
		return Optional.ofNullable(BY_HEADER.get(name));
	}
}
