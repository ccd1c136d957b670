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
				.filter(key -> Platform.getBundle(symbolicName(key)) != null)
				.map(key -> of(Platform.getBundle(symbolicName(key)), catalogue.getProperty(key)))
				.sorted(Comparator.comparing(BundledLibrary::name))
				.toList();
	}

	private static String symbolicName(String key) {
		int suffix = key.indexOf('#');
		return suffix < 0 ? key : key.substring(0, suffix);
	}

	/** name | licence [| version of a library embedded in the bundle]. */
	private static BundledLibrary of(Bundle bundle, String entry) {
		String[] fields = entry.split("\\|");
		String version = fields.length > 2 ? fields[2].trim() : bundle.getVersion().toString();
		return new BundledLibrary(fields[0].trim(), version, fields[1].trim());
	}
}
