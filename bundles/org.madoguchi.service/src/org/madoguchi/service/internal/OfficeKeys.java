package org.madoguchi.service.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A branch office's signing key pair (Ed25519, the JDK's own), kept beside its register in
 * {@value #FILE}, readable by its owner only: the office's code, the public key, and the private
 * key, sealed under the database key on an encrypted register. The public key travels to central
 * as a PEM file. Backups do not carry this file: the key is the office's, not the register's.
 */
public final class OfficeKeys {

	public static final String FILE = "office-key.properties";
	private static final String ALGORITHM = "Ed25519";
	private static final String OFFICE = "office";
	private static final String PUBLIC_KEY = "publicKey";
	private static final String PRIVATE_KEY = "privateKey";
	private static final String SEALED_PRIVATE_KEY = "sealedPrivateKey";
	private static final String PEM_BEGIN = "-----BEGIN PUBLIC KEY-----";
	private static final String PEM_END = "-----END PUBLIC KEY-----";
	/** The line of a key file that names the office's block of ids: PEM readers skip text before the key. */
	private static final Pattern ID_BLOCK = Pattern.compile("(?m)^Id-Block: (\\d{1,7})$");

	private final Path file;

	/** The key file of the register in {@code registerFolder}. */
	public OfficeKeys(Path registerFolder) {
		this.file = registerFolder.resolve(FILE);
	}

	/**
	 * Makes the office's new key pair and keeps it; the private key sealed under
	 * {@code databaseKey} unless that is null (an open demo register). Returns the public key.
	 */
	public PublicKey create(String office, String databaseKey) {
		KeyPair pair = generator().generateKeyPair();
		Properties keys = new Properties();
		keys.setProperty(OFFICE, office);
		keys.setProperty(PUBLIC_KEY, text(pair.getPublic()));
		keys.setProperty(databaseKey == null ? PRIVATE_KEY : SEALED_PRIVATE_KEY, privateKeyText(pair.getPrivate(), databaseKey));
		DatabaseKeys.save(keys, file, "Madoguchi branch office " + office + ": its Ed25519 signing key");
		return pair.getPublic();
	}

	public boolean exist() {
		return Files.exists(file);
	}

	/** The office whose key this is. */
	public String office() {
		return DatabaseKeys.load(file).getProperty(OFFICE);
	}

	/** The office's public key. */
	public PublicKey publicKey() {
		return fromText(DatabaseKeys.load(file).getProperty(PUBLIC_KEY));
	}

	/** The office's private key, to sign with; {@code databaseKey} unseals it on an encrypted register. */
	public PrivateKey privateKey(String databaseKey) {
		Properties keys = DatabaseKeys.load(file);
		return privateKey(databaseKey == null ? keys.getProperty(PRIVATE_KEY) : keys.getProperty(SEALED_PRIVATE_KEY), databaseKey, file.toString());
	}

	/** A private key as {@link #privateKeyText} wrote it; {@code where} names its place in a failure. */
	static PrivateKey privateKey(String text, String databaseKey, String where) {
		byte[] encoded = databaseKey == null ? Base64.getDecoder().decode(text)
				: DatabaseKeys.unseal(databaseKey.toCharArray(), Base64.getDecoder().decode(text))
						.orElseThrow(() -> new IllegalStateException(where + " was sealed under another database key"));
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(where + " holds no Ed25519 private key", e);
		}
	}

	/** A private key as text: Base64 PKCS#8, sealed under {@code databaseKey} unless that is null. */
	static String privateKeyText(PrivateKey key, String databaseKey) {
		byte[] encoded = key.getEncoded();
		return Base64.getEncoder().encodeToString(databaseKey == null ? encoded : DatabaseKeys.seal(databaseKey.toCharArray(), encoded));
	}

	/** The key as {@link #text} wrote it. */
	public static PublicKey fromText(String text) {
		return decoded(Base64.getDecoder().decode(text)).orElseThrow(() -> new IllegalStateException("Not an Ed25519 public key: " + text));
	}

	/** The key as the register stores it: X.509 SubjectPublicKeyInfo, Base64. */
	public static String text(PublicKey key) {
		return Base64.getEncoder().encodeToString(key.getEncoded());
	}

	/** The key as a PEM file holds it (as OpenSSL writes a public key). */
	public static String pem(PublicKey key) {
		return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded()) + "\n"
				+ PEM_END + "\n";
	}

	/**
	 * The file a branch office sends central with its key: its block of ids, on a line that PEM
	 * readers such as OpenSSL skip, then the key as PEM.
	 */
	public static String keyFile(PublicKey key, long idBlock) {
		return "Id-Block: " + idBlock + "\n" + pem(key);
	}

	/** Writes {@code keyFile}, as {@link #keyFile} makes it, to {@code file}. */
	public static void writeKeyFile(Path file, String keyFile) {
		DraftFile.write(file, draft -> Files.writeString(draft, keyFile, StandardCharsets.US_ASCII));
	}

	/** The block of ids a key file as {@link #keyFile} writes it names; empty when it names none. */
	public static OptionalLong idBlock(String keyFile) {
		Matcher line = ID_BLOCK.matcher(keyFile.replace("\r\n", "\n"));
		return line.find() ? OptionalLong.of(Long.parseLong(line.group(1))) : OptionalLong.empty();
	}

	/** The Ed25519 public key a PEM text holds; empty when it holds none. */
	public static Optional<PublicKey> fromPem(String pem) {
		int begin = pem.indexOf(PEM_BEGIN);
		int end = pem.indexOf(PEM_END);
		if (begin < 0 || end < begin) {
			return Optional.empty();
		}
		try {
			return decoded(Base64.getMimeDecoder().decode(pem.substring(begin + PEM_BEGIN.length(), end)));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static Optional<PublicKey> decoded(byte[] encoded) {
		try {
			return Optional.of(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded)));
		} catch (GeneralSecurityException e) {
			return Optional.empty();
		}
	}

	/** What two people compare over the phone: the first 16 bytes of the key's SHA-256, in hex pairs. */
	public static String fingerprint(PublicKey key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
			return HexFormat.ofDelimiter(":").formatHex(digest, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	static KeyPairGenerator generator() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Ed25519 is part of every Java since 15", e);
		}
	}
}
