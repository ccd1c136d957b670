package org.madoguchi.model.values;

/**
 * A name of a field inside a {@link Problem} message, translated along with the message
 * (key {@code label.<key>} in problems.properties).
 */
public record Label(String key) {

	public static final Label INDIVIDUAL_NUMBER = new Label("individualNumber");
	public static final Label LOCAL_GOVERNMENT_CODE = new Label("localGovernmentCode");
	public static final Label POSTAL_CODE = new Label("postalCode");
	public static final Label FAMILY_NAME = new Label("familyName");
	public static final Label GIVEN_NAME = new Label("givenName");
	public static final Label FAMILY_NAME_KANA = new Label("familyNameKana");
	public static final Label GIVEN_NAME_KANA = new Label("givenNameKana");
	public static final Label BIRTH_DATE = new Label("birthDate");
	public static final Label SEX = new Label("sex");
	public static final Label PREFECTURE = new Label("prefecture");
	public static final Label TOWN = new Label("town");
	public static final Label NUMBER = new Label("number");
}
