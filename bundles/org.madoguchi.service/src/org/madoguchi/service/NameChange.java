package org.madoguchi.service;

import java.time.LocalDate;

/** A change of name from the family register, with the reason (marriage, adoption, …). */
public record NameChange(String familyName, String givenName, String familyNameKana, String givenNameKana, LocalDate changedOn,
		LocalDate notifiedOn, String reason) {
}
