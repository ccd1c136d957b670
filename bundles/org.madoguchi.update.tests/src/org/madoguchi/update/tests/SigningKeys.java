package org.madoguchi.update.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A key made with the JDK's keytool for one test, and jarsigner signing jars with it, as the build does. */
final class SigningKeys {

	private static final String PASSWORD = "test-only";

	private final Path keystore;
	private final String alias;

	private SigningKeys(Path keystore, String alias) {
		this.keystore = keystore;
		this.alias = alias;
	}

	static SigningKeys make(Path folder, String alias) throws IOException, InterruptedException {
		Path keystore = folder.resolve(alias + ".p12");
		tool("keytool", "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-alias", alias,
				"-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30", "-dname", "CN=" + alias);
		return new SigningKeys(keystore, alias);
	}

	X509Certificate certificate() throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		return (X509Certificate) store.getCertificate(alias);
	}

	/** Signs {@code jar} in place. */
	void sign(Path jar) throws IOException, InterruptedException {
		tool("jarsigner", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, jar.toString(), alias);
	}

	private static void tool(String name, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", name).toString());
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new AssertionError(name + " failed: " + output);
		}
	}
}
