package org.madoguchi.store;

import java.time.LocalDate;

import org.madoguchi.model.values.PersonNames;

/** A search result row: enough to recognise a person and open the record. */
public record ResidentSummary(long id, String familyName, String givenName, String familyNameKana, String givenNameKana,
		LocalDate birthDate, String address, String individualNumber) {

	public String name() {
		return PersonNames.full(familyName, givenName);
	}

	public String kana() {
		return PersonNames.full(familyNameKana, givenNameKana);
	}
}
