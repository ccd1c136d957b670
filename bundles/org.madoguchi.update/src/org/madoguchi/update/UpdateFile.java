package org.madoguchi.update;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.madoguchi.update.internal.ArtifactIndex;
import org.madoguchi.update.internal.JarSigners;
import org.madoguchi.update.internal.RepositoryArtifact;
import org.osgi.framework.Version;

/**
 * A zipped p2 repository offered as an update, checked before p2 sees it: it is a Madoguchi
 * repository, its indexes are signed by the trusted key, every artifact matches the SHA-256 the
 * signed index records, and every Madoguchi bundle and feature in it is signed by the trusted key. A file that fails any check is refused
 * as a whole.
 */
public final class UpdateFile {

	/** The feature whose version is the version of Madoguchi. */
	static final String CORE_FEATURE = "org.madoguchi.core.feature";
	/** The changelog the core feature carries: what the office reads before it installs. */
	private static final String CHANGES = "changes.txt";
	/** The repository's indexes, signed by the build: the artifacts with their checksums, and the metadata. */
	private static final String ARTIFACTS_INDEX = "artifacts.jar";
	private static final String METADATA_INDEX = "content.jar";
	static final String STORE_BUNDLE = "org.madoguchi.store";
	private static final Pattern MIGRATION = Pattern.compile("(?:.*/)?V(\\d+)__[^/]*\\.sql");

	private final Path zip;
	private final Version version;
	private final String changes;
	private final int schemaVersion;

	private UpdateFile(Path zip, Version version, String changes, int schemaVersion) {
		this.zip = zip;
		this.version = version;
		this.changes = changes;
		this.schemaVersion = schemaVersion;
	}

	/** Reads and checks {@code zip}; refuses it with the reason when it is not a sound update signed by {@code trusted}. */
	public static UpdateFile check(Path zip, X509Certificate trusted) {
		if (!Files.isRegularFile(zip)) {
			throw new UpdateRefusedException("update.notFile", zip);
		}
		try (ZipFile file = new ZipFile(zip.toFile())) {
			byte[] index = signedIndex(file, zip, ARTIFACTS_INDEX, trusted);
			signedIndex(file, zip, METADATA_INDEX, trusted);
			List<RepositoryArtifact> artifacts = ArtifactIndex.read(new ByteArrayInputStream(
					entry(index, "artifacts.xml").orElseThrow(() -> new UpdateRefusedException("update.notRepository.noIndex", zip))));
			RepositoryArtifact core = artifacts.stream().filter(a -> a.isFeature() && CORE_FEATURE.equals(a.id())).findFirst()
					.orElseThrow(() -> new UpdateRefusedException("update.notRepository.noFeature", zip));
			String changes = "";
			int schema = 0;
			for (RepositoryArtifact artifact : artifacts) {
				byte[] content = verified(file, zip, artifact, trusted);
				if (artifact == core) {
					changes = entryText(content, CHANGES).orElse("");
				} else if (STORE_BUNDLE.equals(artifact.id()) && !artifact.isFeature()) {
					schema = highestMigration(content);
				}
			}
			return new UpdateFile(zip, Version.parseVersion(core.version()), changes, schema);
		} catch (ZipException e) {
			throw new UpdateRefusedException("update.notRepository.unreadable", zip);
		} catch (IOException e) {
			throw new UpdateRefusedException("update.failed", e.getMessage());
		}
	}

	/**
	 * One of the repository's two indexes, once it carries the trusted signature: the checksums in
	 * it are what every artifact, a library included, is checked against, and the metadata is what
	 * p2 installs.
	 */
	private static byte[] signedIndex(ZipFile file, Path zip, String name, X509Certificate trusted) throws IOException {
		ZipEntry entry = file.getEntry(name);
		if (entry == null) {
			throw new UpdateRefusedException("update.notRepository.noIndex", zip);
		}
		byte[] content;
		try (InputStream in = file.getInputStream(entry)) {
			content = in.readAllBytes();
		}
		requireTrustedSignature(zip, name, content, trusted);
		return content;
	}

	/** The artifact's bytes, once they match their checksum and, for ours, carry the trusted signature. */
	private static byte[] verified(ZipFile file, Path zip, RepositoryArtifact artifact, X509Certificate trusted) throws IOException {
		ZipEntry entry = file.getEntry(artifact.path());
		if (entry == null) {
			throw new UpdateRefusedException("update.missing", zip, artifact.path());
		}
		byte[] content;
		try (InputStream in = file.getInputStream(entry)) {
			content = in.readAllBytes();
		}
		if (artifact.sha256().isEmpty() || !artifact.sha256().equalsIgnoreCase(sha256(content))) {
			throw new UpdateRefusedException("update.checksum", zip, artifact.path());
		}
		if (artifact.isMadoguchi()) {
			requireTrustedSignature(zip, artifact.path(), content, trusted);
		}
		return content;
	}

	private static void requireTrustedSignature(Path zip, String path, byte[] jar, X509Certificate trusted) throws IOException {
		JarSigners.Check signature = JarSigners.check(jar, trusted);
		if (!signature.trusted()) {
			throw signature.foreignSigner() == null ? new UpdateRefusedException("update.unsigned", zip, path)
					: new UpdateRefusedException("update.otherKey", zip, path, signature.foreignSigner());
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static Optional<String> entryText(byte[] jar, String name) throws IOException {
		return entry(jar, name).map(content -> new String(content, StandardCharsets.UTF_8).strip());
	}

	private static Optional<byte[]> entry(byte[] jar, String name) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (name.equals(entry.getName())) {
					return Optional.of(in.readAllBytes());
				}
			}
		}
		return Optional.empty();
	}

	/** The schema version the store bundle brings: its highest migration script. */
	static int highestMigration(byte[] storeJar) throws IOException {
		int highest = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(storeJar))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Matcher migration = MIGRATION.matcher(entry.getName());
				if (migration.matches()) {
					highest = Math.max(highest, Integer.parseInt(migration.group(1)));
				}
			}
		}
		return highest;
	}

	public Path zip() {
		return zip;
	}

	/** The version of Madoguchi the file installs (its core feature's). */
	public Version version() {
		return version;
	}

	/** The changelog the file carries, as its authors wrote it; empty when it has none. */
	public String changes() {
		return changes;
	}

	/** The schema version the file's store brings; a register below it is migrated at the next start. */
	public int schemaVersion() {
		return schemaVersion;
	}

	/** Where p2 reads the repository: inside the zip, no network. */
	URI repository() {
		return URI.create("jar:" + zip.toUri() + "!/");
	}
}
