package org.madoguchi.print;

import java.nio.file.Path;

/**
 * What one card shows, already worded for print (the service decides era or Western dates,
 * Roman or kanji names).
 *
 * @param residentId the subject of the card, checked against what the batch asked for
 * @param photo the photo file, or null for the placeholder
 * @param individualNumber the 12 digits (the back groups them 4-4-4 and encodes them in the QR code)
 */
public record CardFace(long residentId, String name, String address, String birthDate, String sex, String expiry,
		String certificateExpiry, String issuer, Path photo, String individualNumber, String serial) {
}
