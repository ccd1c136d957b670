package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The service is the front ends' only door: the workbench and the command line name no package
 * of the store, the printer, the reports or the resident files, and the lower bundles export
 * their API only to the bundles that may use it. Read from the sources and manifests, so that a
 * handler reaching for the store fails the build.
 */
class ServiceBoundaryTest {

	private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
	private static final List<String> FRONT_ENDS = List.of("org.madoguchi.ui", "org.madoguchi.cli", "org.madoguchi.app");
	private static final List<String> LOWER = List.of("org.madoguchi.store", "org.madoguchi.print", "org.madoguchi.reports",
			"org.madoguchi.exchange", "org.madoguchi.update");
	private static final Pattern LOWER_PACKAGE = Pattern.compile("\\borg\\.madoguchi\\.(store|print|reports|exchange|update)\\b[\\w.]*");

	@Test
	void noFrontEndSourceNamesALowerPackage() throws IOException {
		List<String> found = new ArrayList<>();
		for (String bundle : FRONT_ENDS) {
			try (Stream<Path> files = Files.walk(BUNDLES.resolve(bundle).resolve("src"))) {
				for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
					Matcher named = LOWER_PACKAGE.matcher(Files.readString(file));
					while (named.find()) {
						found.add(BUNDLES.relativize(file) + ": " + named.group());
					}
				}
			}
		}
		assertEquals(List.of(), found, "the front ends go through org.madoguchi.service");
	}

	@Test
	void noFrontEndRequiresOrImportsALowerBundle() throws IOException {
		for (String bundle : FRONT_ENDS) {
			Manifest manifest = manifest(bundle);
			String requires = header(manifest, "Require-Bundle");
			String imports = header(manifest, "Import-Package");
			for (String lower : LOWER) {
				assertFalse(requires.contains(lower), bundle + " requires " + lower);
				assertFalse(imports.contains(lower), bundle + " imports a package of " + lower);
			}
		}
	}

	@Test
	void theServiceRequiresTheLowerBundlesWithoutPassingThemOn() throws IOException {
		for (String clause : clauses(header(manifest("org.madoguchi.service"), "Require-Bundle"))) {
			if (LOWER.stream().anyMatch(clause::startsWith)) {
				assertFalse(clause.contains("reexport"), "org.madoguchi.service re-exports " + clause);
			}
		}
	}

	@Test
	void theLowerBundlesExportOnlyToTheirFriends() throws IOException {
		for (String lower : LOWER) {
			for (String clause : clauses(header(manifest(lower), "Export-Package"))) {
				assertTrue(clause.contains("x-friends:=") || clause.contains("x-internal:=true"), lower + " exports to everyone: " + clause);
				for (String frontEnd : FRONT_ENDS) {
					assertFalse(clause.matches(".*x-friends:=\"[^\"]*\\b" + Pattern.quote(frontEnd) + "[,\"].*"),
							lower + " exports to the front end " + frontEnd + ": " + clause);
				}
			}
		}
	}

	private static Manifest manifest(String bundle) throws IOException {
		try (InputStream in = Files.newInputStream(BUNDLES.resolve(bundle).resolve("META-INF/MANIFEST.MF"))) {
			return new Manifest(in);
		}
	}

	private static String header(Manifest manifest, String name) {
		String value = manifest.getMainAttributes().getValue(name);
		return value == null ? "" : value;
	}

	/** The clauses of a manifest header: split at the commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString().strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		if (!clause.isEmpty()) {
			clauses.add(clause.toString().strip());
		}
		return clauses;
	}
}
