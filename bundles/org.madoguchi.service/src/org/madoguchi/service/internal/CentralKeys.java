package org.madoguchi.service.internal;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

import org.madoguchi.store.Settings;

/**
 * The central register's signing key pair (Ed25519), kept in its settings: central signs its
 * replies with it, and its public key travels in central's backups, so that a branch office's
 * register made from one trusts replies from its central only. The private key stays at central:
 * the register made from a backup drops it (a backup of central is as secret as central itself).
 */
public final class CentralKeys {

	private static final String PUBLIC_KEY = "central.publicKey";
	private static final String PRIVATE_KEY = "central.privateKey";
	private static final String SEALED_PRIVATE_KEY = "central.sealedPrivateKey";

	/**
	 * Makes central's key pair unless it has one; the private key sealed under
	 * {@code databaseKey} unless that is null (an open register, or one on a server).
	 */
	public static void ensure(Settings settings, String databaseKey) {
		if (settings.get(PUBLIC_KEY).isPresent()) {
			return;
		}
		KeyPair pair = OfficeKeys.generator().generateKeyPair();
		settings.put(PUBLIC_KEY, OfficeKeys.text(pair.getPublic()));
		settings.put(databaseKey == null ? PRIVATE_KEY : SEALED_PRIVATE_KEY, OfficeKeys.privateKeyText(pair.getPrivate(), databaseKey));
	}

	/** Central's public key, as this register knows it; empty when it knows none. */
	public static Optional<PublicKey> publicKey(Settings settings) {
		return settings.get(PUBLIC_KEY).map(OfficeKeys::fromText);
	}

	/** Central's private key, to sign a reply with (made first when there is none). */
	public static PrivateKey privateKey(Settings settings, String databaseKey) {
		ensure(settings, databaseKey);
		String text = settings.get(databaseKey == null ? PRIVATE_KEY : SEALED_PRIVATE_KEY)
				.orElseThrow(() -> new IllegalStateException("central's private key was kept " + (databaseKey == null ? "sealed" : "open")));
		return OfficeKeys.privateKey(text, databaseKey, "central's private key");
	}

	/** Drops the private key: a branch office's register made from central's backup keeps the public key only. */
	public static void forget(Settings settings) {
		settings.remove(PRIVATE_KEY);
		settings.remove(SEALED_PRIVATE_KEY);
	}

	private CentralKeys() {
	}
}
