package org.madoguchi.update.internal;

/**
 * One artifact a zipped p2 repository lists in its artifacts.xml: where the standard layout keeps
 * it in the zip and the SHA-256 the build recorded for it.
 */
public record RepositoryArtifact(String classifier, String id, String version, String sha256) {

	/** The path inside the zip, by p2's default mapping rules (the ones Tycho writes). */
	public String path() {
		return switch (classifier) {
		case "osgi.bundle" -> "plugins/" + id + "_" + version + ".jar";
		case "org.eclipse.update.feature" -> "features/" + id + "_" + version + ".jar";
		default -> "binary/" + id + "_" + version;
		};
	}

	/** Ours, and therefore signed by the office's key; the libraries keep their own makers' signatures or none. */
	public boolean isMadoguchi() {
		return id.startsWith("org.madoguchi.");
	}

	public boolean isFeature() {
		return "org.eclipse.update.feature".equals(classifier);
	}
}
