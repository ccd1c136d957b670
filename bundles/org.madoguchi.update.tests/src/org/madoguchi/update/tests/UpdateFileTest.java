package org.madoguchi.update.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.update.UpdateFile;
import org.madoguchi.update.UpdateRefusedException;

/**
 * What an office's installation accepts from a USB stick: a zipped repository whose index and
 * Madoguchi jars carry the trusted signature and whose every artifact matches the checksum the
 * index records; anything else is
 * refused with the reason, in English and Japanese.
 */
class UpdateFileTest {

	private static final String VERSION = "0.2.0.202612150900";
	private static final String FEATURE = "features/org.madoguchi.core.feature_" + VERSION + ".jar";
	private static final String STORE = "plugins/org.madoguchi.store_" + VERSION + ".jar";
	private static final String LIBRARY = "plugins/com.h2database_2.4.240.jar";

	@TempDir
	Path folder;

	private SigningKeys office;
	private Map<String, byte[]> artifacts;

	@BeforeEach
	void signedRepository() throws Exception {
		office = SigningKeys.make(folder, "office");
		artifacts = new LinkedHashMap<>();
		artifacts.put(FEATURE, signed(office, "feature.xml", "<feature/>", "changes.txt", "0.2.0\n- Pickup notices\n"));
		artifacts.put(STORE, signed(office, "db/V1__register.sql", "", "db/V5__notices.sql", ""));
		// a library keeps its maker's signature, or none: its checksum in the signed index is checked
		artifacts.put(LIBRARY, jar("org/h2/Driver.class", "h2"));
	}

	@Test
	void readsTheVersionChangesAndSchemaOfASoundFile() throws Exception {
		UpdateFile file = UpdateFile.check(zip(artifacts), office.certificate());
		assertEquals(VERSION, file.version().toString());
		assertEquals("0.2.0\n- Pickup notices", file.changes());
		assertEquals(5, file.schemaVersion());
	}

	@Test
	void refusesAJarChangedAfterTheBuild() throws Exception {
		Map<String, byte[]> stored = new LinkedHashMap<>(artifacts);
		byte[] store = artifacts.get(STORE).clone();
		store[store.length / 2] ^= 1;
		stored.put(STORE, store);
		assertRefused("update.checksum", zip(artifacts, stored), STORE);
	}

	@Test
	void refusesAnUnsignedMadoguchiJarEvenWithMatchingChecksums() throws Exception {
		artifacts.put(STORE, jar("db/V5__notices.sql", ""));
		assertRefused("update.unsigned", zip(artifacts), STORE);
	}

	@Test
	void refusesAJarSignedByAnotherKey() throws Exception {
		artifacts.put(STORE, signed(SigningKeys.make(folder, "stranger"), "db/V5__notices.sql", ""));
		UpdateRefusedException refused = assertRefused("update.otherKey", zip(artifacts), STORE);
		assertTrue(refused.getMessage().contains("CN=stranger"), refused.getMessage());
	}

	@Test
	void refusesALibrarySwappedWithItsChecksumRewritten() throws Exception {
		// whoever rewrites the index to match a changed library cannot sign it again with the office's key
		artifacts.put(LIBRARY, jar("org/h2/Driver.class", "not h2"));
		assertRefused("update.unsigned", zip(artifacts, artifacts, null), "artifacts.jar");
		assertRefused("update.otherKey", zip(artifacts, artifacts, SigningKeys.make(folder, "stranger")), "artifacts.jar");
	}

	@Test
	void refusesAFileThatIsNotAMadoguchiRepository() throws Exception {
		assertRefused("update.notRepository.unreadable", Files.writeString(folder.resolve("notes.zip"), "notes"), "is not a Madoguchi update");
		artifacts.remove(FEATURE);
		assertRefused("update.notRepository.noFeature", zip(artifacts), "core feature");
		Path noIndex = folder.resolve("plain.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(noIndex))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
		}
		assertRefused("update.notRepository.noIndex", noIndex, "artifacts.xml");
	}

	private UpdateRefusedException assertRefused(String key, Path zip, String named) throws Exception {
		UpdateRefusedException refused = assertThrows(UpdateRefusedException.class, () -> UpdateFile.check(zip, office.certificate()));
		assertEquals(key, refused.problem().key());
		assertTrue(refused.getMessage().contains(named) && refused.getMessage().contains("Nothing was changed"), refused.getMessage());
		assertTrue(refused.problem().japanese().contains("\u4f55\u3082\u5909\u66f4\u3057\u3066\u3044\u307e\u305b\u3093"), refused.problem().japanese());
		return refused;
	}

	private byte[] signed(SigningKeys key, String... namesAndContents) throws Exception {
		Path jar = Files.createTempFile(folder, "signed", ".jar");
		Files.write(jar, jar(namesAndContents));
		key.sign(jar);
		return Files.readAllBytes(jar);
	}

	private static byte[] jar(String... namesAndContents) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				out.putNextEntry(new ZipEntry(namesAndContents[i]));
				out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	/** The repository zip of {@code content}, its signed index recording their checksums. */
	private Path zip(Map<String, byte[]> content) throws Exception {
		return zip(content, content);
	}

	/** A repository zip holding {@code stored}, whose index, signed by the office, records the checksums of {@code indexed}. */
	private Path zip(Map<String, byte[]> indexed, Map<String, byte[]> stored) throws Exception {
		return zip(indexed, stored, office);
	}

	/** A repository zip holding {@code content}, its index signed by {@code indexSigner} (or by nobody: null). */
	private Path zip(Map<String, byte[]> indexed, Map<String, byte[]> stored, SigningKeys indexSigner) throws Exception {
		Path zip = Files.createTempFile(folder, "update", ".zip");
		StringBuilder index = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n<repository><artifacts>\n");
		for (Map.Entry<String, byte[]> artifact : indexed.entrySet()) {
			String path = artifact.getKey();
			String id = path.substring(path.indexOf('/') + 1, path.lastIndexOf('_'));
			String version = path.substring(path.lastIndexOf('_') + 1, path.length() - ".jar".length());
			String classifier = path.startsWith("features/") ? "org.eclipse.update.feature" : "osgi.bundle";
			index.append("<artifact classifier='").append(classifier).append("' id='").append(id).append("' version='").append(version)
					.append("'><properties><property name='download.checksum.sha-256' value='").append(sha256(artifact.getValue()))
					.append("'/></properties></artifact>\n");
		}
		index.append("</artifacts></repository>\n");
		String metadata = "<?xml version='1.0' encoding='UTF-8'?>\n<repository><units/></repository>\n";
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			write(out, "artifacts.jar", indexSigner == null ? jar("artifacts.xml", index.toString()) : signed(indexSigner, "artifacts.xml", index.toString()));
			write(out, "content.jar", indexSigner == null ? jar("content.xml", metadata) : signed(indexSigner, "content.xml", metadata));
			for (Map.Entry<String, byte[]> artifact : stored.entrySet()) {
				write(out, artifact.getKey(), artifact.getValue());
			}
		}
		return zip;
	}

	private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		((OutputStream) out).write(content);
		out.closeEntry();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
