package org.madoguchi.store;

import java.time.LocalDate;

/** A search result row: enough to recognise a person and open the record. */
public record ResidentSummary(long id, String familyName, String givenName, String familyNameKana, String givenNameKana,
		LocalDate birthDate, String address, String individualNumber) {

	public String name() {
		return givenName == null || givenName.isEmpty() ? familyName : familyName + " " + givenName;
	}

	public String kana() {
		return givenNameKana == null || givenNameKana.isEmpty() ? familyNameKana : familyNameKana + " " + givenNameKana;
	}
}
