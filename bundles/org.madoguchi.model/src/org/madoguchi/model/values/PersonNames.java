package org.madoguchi.model.values;

/** A name written out as on the register and the card: family name, a full-width space, given name. */
public final class PersonNames {

	/** "山田　太郎"; the family name alone when there is no given name. */
	public static String full(String familyName, String givenName) {
		return givenName == null || givenName.isEmpty() ? familyName : familyName + "\u3000" + givenName;
	}

	private PersonNames() {
	}
}
