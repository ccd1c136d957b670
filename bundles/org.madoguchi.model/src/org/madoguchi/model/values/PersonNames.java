package org.madoguchi.model.values;

import java.lang.Character.UnicodeScript;
import java.util.Set;

import org.madoguchi.model.Resident;

/**
 * A name written out whole, as the register, the card and every list show it: the family name,
 * a full-width space, the given name ("山田　太郎", "やまだ　たろう"). A name in Roman letters (a
 * foreign resident's, as on the residence card) takes a half-width space instead ("NGUYEN AN").
 */
public final class PersonNames {

	/** What a name in Roman letters is written in: letters, and the spaces, hyphens and apostrophes between them. */
	private static final Set<UnicodeScript> ROMAN = Set.of(UnicodeScript.LATIN, UnicodeScript.COMMON, UnicodeScript.INHERITED);

	/** The family name alone when there is no given name. */
	public static String full(String familyName, String givenName) {
		if (givenName == null || givenName.isEmpty()) {
			return familyName;
		}
		return familyName + (isRoman(familyName) && isRoman(givenName) ? " " : "\u3000") + givenName;
	}

	/** The resident's name as registered. */
	public static String of(Resident resident) {
		return full(resident.getFamilyName(), resident.getGivenName());
	}

	/** The resident's name as read (フリガナ). */
	public static String readingOf(Resident resident) {
		return full(resident.getFamilyNameKana(), resident.getGivenNameKana());
	}

	private static boolean isRoman(String name) {
		return name != null && name.codePoints().allMatch(c -> ROMAN.contains(UnicodeScript.of(c)));
	}

	private PersonNames() {
	}
}
