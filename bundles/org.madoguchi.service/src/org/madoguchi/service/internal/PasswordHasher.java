package org.madoguchi.service.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes with PBKDF2-HMAC-SHA256 (600,000 iterations, the OWASP 2023 figure),
 * from the JDK: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}.
 */
public final class PasswordHasher {

	static final int ITERATIONS = 600_000;
	private static final String PREFIX = "pbkdf2-sha256";
	private static final SecureRandom RANDOM = new SecureRandom();

	public static String hash(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return PREFIX + "$" + ITERATIONS + "$" + encode(salt) + "$" + encode(derive(password, salt, ITERATIONS, 256));
	}

	public static boolean matches(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		byte[] expected = Base64.getDecoder().decode(parts[3]);
		byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), expected.length * 8);
		return MessageDigest.isEqual(expected, actual);
	}

	/** A key of {@code bits} derived from the password (also used to wrap the database key). */
	static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
		try {
			PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
		}
	}

	private static String encode(byte[] bytes) {
		return Base64.getEncoder().withoutPadding().encodeToString(bytes);
	}

	private PasswordHasher() {
	}
}
