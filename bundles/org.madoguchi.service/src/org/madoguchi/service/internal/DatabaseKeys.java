package org.madoguchi.service.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of an encrypted embedded database, kept beside it in {@code keys.properties} wrapped
 * once per operator: AES-GCM under a key derived from that operator's password. Any operator can
 * open the database with their own password; nobody's password is stored, and the file alone
 * (without a password) opens nothing.
 */
public final class DatabaseKeys {

	public static final String FILE = "keys.properties";
	private static final int KDF_ITERATIONS = PasswordHasher.ITERATIONS;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String COMMENT = "Madoguchi database key, wrapped per operator (AES-GCM, PBKDF2-HMAC-SHA256)";

	private final Path file;

	/** The keys of the database in {@code databaseFolder}. */
	public DatabaseKeys(Path databaseFolder) {
		this(databaseFolder, FILE);
	}

	private DatabaseKeys(Path folder, String name) {
		this.file = folder.resolve(name);
	}

	/** Keys carried in a backup: written to a scratch file so that they can be unlocked. */
	public static DatabaseKeys fromBytes(byte[] content) {
		try {
			Path scratch = Files.createTempFile("madoguchi-keys-", ".properties");
			scratch.toFile().deleteOnExit();
			Files.write(scratch, content);
			return new DatabaseKeys(scratch.getParent(), scratch.getFileName().toString());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the keys of the backup", e);
		}
	}

	/** The file as it is, to carry in a backup. */
	public byte[] bytes() {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	/** Writes these keys as the keys of the database in {@code databaseFolder}. */
	public void copyTo(Path databaseFolder) {
		save(load(), databaseFolder.resolve(FILE), COMMENT);
	}

	public boolean exist() {
		return Files.exists(file);
	}

	/** A new random database key, as the text H2 takes as its file password. */
	public static String newDatabaseKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return HexFormat.of().formatHex(key);
	}

	/** Stores the database key wrapped for an operator (replacing an older wrapping for them). */
	public void grant(String operatorId, char[] password, String databaseKey) {
		Properties keys = load();
		keys.setProperty(operatorId, Base64.getEncoder().encodeToString(seal(password, databaseKey.getBytes(StandardCharsets.US_ASCII))));
		save(keys, file, COMMENT);
	}

	/** {@code secret} encrypted (AES-GCM) under a key derived from {@code password} (PBKDF2-HMAC-SHA256), with its salt and IV. */
	static byte[] seal(char[] password, byte[] secret) {
		byte[] salt = new byte[16];
		byte[] iv = new byte[12];
		RANDOM.nextBytes(salt);
		RANDOM.nextBytes(iv);
		byte[] wrapped = crypt(Cipher.ENCRYPT_MODE, password, salt, iv, secret);
		return ByteBuffer.allocate(salt.length + iv.length + wrapped.length).put(salt).put(iv).put(wrapped).array();
	}

	/** What {@link #seal} sealed; empty when the password is not the one it was sealed with. */
	static Optional<byte[]> unseal(char[] password, byte[] sealed) {
		ByteBuffer bytes = ByteBuffer.wrap(sealed);
		byte[] salt = new byte[16];
		byte[] iv = new byte[12];
		bytes.get(salt).get(iv);
		byte[] wrapped = new byte[bytes.remaining()];
		bytes.get(wrapped);
		try {
			return Optional.of(crypt(Cipher.DECRYPT_MODE, password, salt, iv, wrapped));
		} catch (WrongPasswordException e) {
			return Optional.empty();
		}
	}

	/** Removes an operator's wrapping: their password no longer opens the database. */
	public void revoke(String operatorId) {
		Properties keys = load();
		keys.remove(operatorId);
		save(keys, file, COMMENT);
	}

	/** The database key, when the operator and password are right. */
	public Optional<String> unlock(String operatorId, char[] password) {
		String entry = load().getProperty(operatorId);
		if (entry == null) {
			return Optional.empty();
		}
		return unseal(password, Base64.getDecoder().decode(entry)).map(key -> new String(key, StandardCharsets.US_ASCII));
	}

	private static byte[] crypt(int mode, char[] password, byte[] salt, byte[] iv, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(PasswordHasher.derive(password, salt, KDF_ITERATIONS, 256), "AES"),
					new GCMParameterSpec(128, iv));
			return cipher.doFinal(input);
		} catch (AEADBadTagException e) {
			throw new WrongPasswordException();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM is part of every Java 17", e);
		}
	}

	/** The authentication tag did not match: the password was wrong. */
	private static final class WrongPasswordException extends RuntimeException {
		private static final long serialVersionUID = 1L;
	}

	private Properties load() {
		return load(file);
	}

	/** The key file {@code file}; empty when there is none. */
	static Properties load(Path file) {
		Properties keys = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				keys.load(in);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file, e);
			}
		}
		return keys;
	}

	/**
	 * Writes a new key file, readable by its owner only, and moves it into place, so that a crash
	 * never leaves half a key file.
	 */
	static void save(Properties keys, Path target, String comment) {
		try {
			Files.createDirectories(target.getParent());
			Path draft = Files.createTempFile(target.getParent(), ".keys-", ".tmp");
			try (OutputStream out = Files.newOutputStream(draft)) {
				keys.store(out, comment);
			}
			Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + target, e);
		}
	}
}
