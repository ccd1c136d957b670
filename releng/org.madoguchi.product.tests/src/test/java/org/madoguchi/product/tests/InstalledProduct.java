package org.madoguchi.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Madoguchi unpacked from the release archive into a folder of its own, as an office installs it,
 * and run there with plain {@code java -jar} (not through {@code ./madoguchi}, which runs the build tree).
 */
final class InstalledProduct {

	private static final Path PRODUCTS = Launcher.ROOT.resolve("releng/org.madoguchi.product/target/products");

	private final Path home;

	private InstalledProduct(Path home) {
		this.home = home;
	}

	/** Unpacks the built archive into {@code folder}. */
	static InstalledProduct unpack(Path folder) throws IOException, InterruptedException {
		Path archive;
		try (Stream<Path> files = Files.list(PRODUCTS)) {
			archive = files.filter(file -> file.getFileName().toString().endsWith("linux.gtk.x86_64.tar.gz")).findFirst()
					.orElseThrow(() -> new AssertionError("no product archive in " + PRODUCTS));
		}
		Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", folder.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (tar.waitFor() != 0) {
			throw new AssertionError("tar could not unpack " + archive);
		}
		return new InstalledProduct(folder.resolve("madoguchi"));
	}

	Path home() {
		return home;
	}

	/** Runs one command line of the installed product from {@code workingDirectory}; two minutes at most. */
	Launcher.Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
		Path launcher;
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			launcher = plugins.filter(file -> file.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
					.orElseThrow();
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dfile.encoding=UTF-8", "-jar", launcher.toString(), "-application", "org.madoguchi.cli.app", "-data", "@none", "-nosplash"));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("installed-out", ".txt");
		Path err = Files.createTempFile("installed-err", ".txt");
		try {
			Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectOutput(out.toFile())
					.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("madoguchi " + String.join(" ", args) + " did not finish in 2 minutes");
			}
			return new Launcher.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}
}
