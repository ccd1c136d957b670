package org.madoguchi.service;

import java.time.LocalDate;

/**
 * A held card or one of its valid certificates that expires soon: one line of the list behind a
 * bar of the expiry dashboard. {@code document} is {@code card} or the certificate kind literal.
 */
public record ExpiringDocument(long residentId, String name, String kana, String document, LocalDate expiresOn) {
}
