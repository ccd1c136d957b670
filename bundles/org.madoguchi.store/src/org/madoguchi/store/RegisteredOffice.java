package org.madoguchi.store;

import java.time.Instant;

/**
 * A branch office registered at the central register.
 *
 * @param publicKey the public half of the office's signing key (Ed25519, X.509 encoded, Base64)
 */
public record RegisteredOffice(String code, String name, String publicKey, Instant addedAt) {
}
