package org.madoguchi.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./madoguchi} at the repository root as a batch operator would. */
final class Launcher {

	static final Path ROOT = Path.of(System.getProperty("madoguchi.root", "../..")).toAbsolutePath().normalize();

	record Run(int exitCode, String out, String err) {
	}

	/** Runs the launcher from {@code workingDirectory} with the given arguments, waiting at most two minutes. */
	static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
		return run(workingDirectory, Map.of(), args);
	}

	/** The same, with extra environment variables (passwords). */
	static Run run(Path workingDirectory, Map<String, String> environment, String... args) throws IOException, InterruptedException {
		Path out = Files.createTempFile("madoguchi-out", ".txt");
		Path err = Files.createTempFile("madoguchi-err", ".txt");
		try {
			ProcessBuilder builder = builder(workingDirectory, args).redirectOutput(out.toFile()).redirectError(err.toFile());
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError("madoguchi " + String.join(" ", args) + " did not finish in 2 minutes");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** A process builder for the launcher with these arguments, started in {@code workingDirectory}. */
	static ProcessBuilder builder(Path workingDirectory, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ROOT.resolve("madoguchi").toString());
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(workingDirectory.toFile());
	}

	private Launcher() {
	}
}
