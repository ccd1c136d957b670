package org.madoguchi.store;

import java.time.LocalDate;

import org.madoguchi.model.values.PersonNames;

/** A member of a resident's household as the editor lists it, with the relationship to the head (続柄). */
public record Housemate(long id, String familyName, String givenName, LocalDate birthDate, String relationship) {

	public String name() {
		return PersonNames.full(familyName, givenName);
	}
}
