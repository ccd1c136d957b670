package org.madoguchi.store;

import java.time.LocalDate;

import org.madoguchi.model.values.PersonNames;

/**
 * A held card or one of its valid certificates that expires soon: one line of the list behind a
 * bar of the expiry dashboard. {@code document} is {@code card} or the certificate kind literal.
 */
public record ExpiringDocument(long residentId, String familyName, String givenName, String familyNameKana, String givenNameKana,
		String document, LocalDate expiresOn) {

	public String name() {
		return PersonNames.full(familyName, givenName);
	}

	public String kana() {
		return PersonNames.full(familyNameKana, givenNameKana);
	}
}
