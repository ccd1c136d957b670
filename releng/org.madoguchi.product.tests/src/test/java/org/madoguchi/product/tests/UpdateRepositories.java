package org.madoguchi.product.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Update sites for the update test: a real second build of the sources with a higher version,
 * signed with the same test key, and damaged or unsigned copies of it.
 */
final class UpdateRepositories {

	private static final Set<String> NOT_SOURCES = Set.of("target", "bin", ".git");

	private UpdateRepositories() {
	}

	/**
	 * Builds the update site from a copy of the sources, with {@code qualifier} as every Madoguchi
	 * version's build stamp, signed with the key of the build under test; returns the zip.
	 */
	static Path build(Path folder, String qualifier, Path log) throws IOException, InterruptedException {
		Path sources = folder.resolve("sources");
		copySources(Launcher.ROOT, sources);
		Process build = new ProcessBuilder(sources.resolve("mvnw").toString(), "-B", "-o", "package", "-pl", "releng/org.madoguchi.repository",
				"-am", "-DforceContextQualifier=" + qualifier,
				"-Dmadoguchi.sign.keystore=" + Launcher.ROOT.resolve("target/signing/throw-away-test-key.p12"))
				.directory(sources.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!build.waitFor(15, TimeUnit.MINUTES) || build.exitValue() != 0) {
			build.destroyForcibly();
			throw new AssertionError("the second build failed; its log is " + log);
		}
		try (Stream<Path> files = Files.list(sources.resolve("releng/org.madoguchi.repository/target"))) {
			return files.filter(file -> file.toString().endsWith(".zip")).findFirst().orElseThrow();
		}
	}

	private static void copySources(Path from, Path to) throws IOException {
		Files.walkFileTree(from, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
				if (NOT_SOURCES.contains(directory.getFileName().toString()) && !directory.equals(from)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				Files.createDirectories(to.resolve(from.relativize(directory).toString()));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				if (!file.getFileName().toString().startsWith(".polyglot.")) {
					Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
				}
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** A copy of {@code zip} with one byte of the command line's jar changed, and nothing else. */
	static Path tampered(Path zip, Path copy) throws IOException {
		return rewrite(zip, copy, name -> name.startsWith("plugins/org.madoguchi.cli_") ? jar -> {
			byte[] changed = jar.clone();
			changed[changed.length / 2] ^= 0x01;
			return changed;
		} : null, false);
	}

	/** A copy of {@code zip} whose Madoguchi jars carry no signature, with the index's checksums made to match again. */
	static Path unsigned(Path zip, Path copy) throws IOException {
		return rewrite(zip, copy, name -> name.matches("(plugins|features)/org\\.madoguchi\\..*\\.jar") ? UpdateRepositories::withoutSignature : null,
				true);
	}

	private interface EntryChange {
		UnaryOperator<byte[]> of(String name);
	}

	private static Path rewrite(Path zip, Path copy, EntryChange change, boolean fixChecksums) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				try (InputStream in = file.getInputStream(entry)) {
					byte[] content = in.readAllBytes();
					UnaryOperator<byte[]> changer = change.of(entry.getName());
					entries.put(entry.getName(), changer == null ? content : changer.apply(content));
				}
			}
		}
		if (fixChecksums) {
			Map<String, byte[]> index = read(new ZipInputStream(new ByteArrayInputStream(entries.get("artifacts.jar"))));
			String artifacts = new String(index.get("artifacts.xml"), StandardCharsets.UTF_8);
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				artifacts = withChecksum(artifacts, entry.getKey(), entry.getValue());
			}
			// the index's signature files stay, as whoever rewrote it could not sign it again
			index.put("artifacts.xml", artifacts.getBytes(StandardCharsets.UTF_8));
			ByteArrayOutputStream jar = new ByteArrayOutputStream();
			write(index, jar);
			entries.put("artifacts.jar", jar.toByteArray());
		}
		write(entries, Files.newOutputStream(copy));
		return copy;
	}

	private static Map<String, byte[]> read(ZipInputStream in) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (in) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private static void write(Map<String, byte[]> entries, OutputStream target) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(target)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(entry.getKey()));
				out.write(entry.getValue());
				out.closeEntry();
			}
		}
	}

	/** artifacts.xml with the sizes and checksums of the artifact stored at {@code path} set to those of {@code content}. */
	private static String withChecksum(String artifacts, String path, byte[] content) {
		Matcher artifact = Pattern.compile("<artifact classifier='([^']*)' id='([^']*)' version='([^']*)'>.*?</artifact>", Pattern.DOTALL)
				.matcher(artifacts);
		StringBuilder result = new StringBuilder();
		while (artifact.find()) {
			String folder = "org.eclipse.update.feature".equals(artifact.group(1)) ? "features/" : "plugins/";
			String element = artifact.group();
			if (path.equals(folder + artifact.group(2) + "_" + artifact.group(3) + ".jar")) {
				element = element.replaceAll("(name='download.checksum.sha-256' value=')[0-9a-f]+", "$1" + digest("SHA-256", content))
						.replaceAll("(name='download.checksum.md5' value=')[0-9a-f]+", "$1" + digest("MD5", content))
						.replaceAll("(name='download.md5' value=')[0-9a-f]+", "$1" + digest("MD5", content))
						.replaceAll("(name='(?:download|artifact).size' value=')[0-9]+", "$1" + content.length);
			}
			artifact.appendReplacement(result, Matcher.quoteReplacement(element));
		}
		artifact.appendTail(result);
		return result.toString();
	}

	private static String digest(String algorithm, byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The jar without its signature files, as jar would have written it unsigned. */
	private static byte[] withoutSignature(byte[] jar) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					if (entry.getName().matches("META-INF/[^/]+\\.(SF|EC|RSA|DSA)")) {
						continue;
					}
					out.putNextEntry(new ZipEntry(entry.getName()));
					in.transferTo((OutputStream) out);
					out.closeEntry();
				}
			}
			return bytes.toByteArray();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
