package org.madoguchi.update.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.CodeSigner;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/** Who signed every entry of a jar, checked the way the JDK verifies signed jars. */
public final class JarSigners {

	/**
	 * What a jar's signature says: {@code trusted} when every entry is signed by the trusted key,
	 * otherwise {@code foreignSigner} names another key that signed it, or is null for a jar not
	 * (or no longer) validly signed.
	 */
	public record Check(boolean trusted, String foreignSigner) {
	}

	private static final Check NOT_SIGNED = new Check(false, null);

	private JarSigners() {
	}

	/** A jar with one entry added or changed after signing is not signed: the JDK finds no signer, or a wrong digest. */
	public static Check check(byte[] jar, X509Certificate trusted) throws IOException {
		boolean anyEntry = false;
		try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar), true)) {
			if (in.getManifest() == null) {
				return NOT_SIGNED;
			}
			byte[] buffer = new byte[8192];
			for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
				if (entry.isDirectory() || isSignatureFile(entry.getName())) {
					continue;
				}
				while (in.read(buffer) >= 0) {
					// only an entry read to its end has its digest verified and its signers set
				}
				anyEntry = true;
				CodeSigner[] signers = entry.getCodeSigners();
				if (signers == null) {
					return NOT_SIGNED;
				}
				if (Arrays.stream(signers).noneMatch(signer -> trusted.equals(certificateOf(signer)))) {
					return new Check(false, certificateOf(signers[0]).getSubjectX500Principal().getName());
				}
			}
		} catch (SecurityException e) {
			return NOT_SIGNED;
		}
		return anyEntry ? new Check(true, null) : NOT_SIGNED;
	}

	private static X509Certificate certificateOf(CodeSigner signer) {
		return (X509Certificate) signer.getSignerCertPath().getCertificates().get(0);
	}

	private static boolean isSignatureFile(String name) {
		String upper = name.toUpperCase(Locale.ROOT);
		return upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
				|| upper.endsWith(".EC") || upper.equals("META-INF/MANIFEST.MF"));
	}
}
