package org.madoguchi.store;

import java.time.LocalDate;

/**
 * A card a resident holds (issued or suspended) with the facts about the holder that decide its
 * expiry and that a renewal list shows: one row of the register's expiry reports.
 */
public record HeldCard(long residentId, String familyName, String givenName, String familyNameKana, String givenNameKana,
		LocalDate birthDate, String nationality, String residenceStatus, LocalDate residenceUntil, String individualNumber,
		String household, String address, String municipalityCode, String town, long cardId, String serial, String cardStatus,
		LocalDate receivedOn, LocalDate issuedOn, LocalDate expiresOn, boolean userCertificate, boolean signatureCertificate,
		boolean applicationPending) {
}
