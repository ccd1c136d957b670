package org.madoguchi.app.internal.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/** A third-party library in the product, with the version that is really installed. */
public record BundledLibrary(String name, String version, String licence) {

	private static final String CATALOGUE = "/about/libraries.properties";

	/** The libraries of about/libraries.properties that are installed, sorted by name. */
	public static List<BundledLibrary> installed() {
		Properties catalogue = new Properties();
		try (InputStream in = BundledLibrary.class.getResourceAsStream(CATALOGUE)) {
			catalogue.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return catalogue.stringPropertyNames().stream()
				.filter(symbolicName -> Platform.getBundle(symbolicName) != null)
				.map(symbolicName -> of(Platform.getBundle(symbolicName), catalogue.getProperty(symbolicName)))
				.sorted(Comparator.comparing(BundledLibrary::name))
				.toList();
	}

	private static BundledLibrary of(Bundle bundle, String entry) {
		String[] nameAndLicence = entry.split("\\|");
		return new BundledLibrary(nameAndLicence[0].trim(), bundle.getVersion().toString(), nameAndLicence[1].trim());
	}
}
