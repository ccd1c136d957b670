package org.madoguchi.store;

import java.time.Instant;

/**
 * A branch office registered at the central register.
 *
 * @param publicKey the public half of the office's signing key (Ed25519, X.509 encoded, Base64)
 * @param idBlock the block of ids the office's register hands out ({@link Identities#BLOCK} ids from
 *        {@code idBlock * BLOCK}); 0 for an office registered before blocks existed
 */
public record RegisteredOffice(String code, String name, String publicKey, Instant addedAt, long idBlock) {
}
