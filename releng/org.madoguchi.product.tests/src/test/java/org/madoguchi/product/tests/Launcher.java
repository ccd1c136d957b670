package org.madoguchi.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code ./madoguchi} at the repository root as a batch operator would. */
final class Launcher {

	static final Path ROOT = Path.of(System.getProperty("madoguchi.root", "../..")).toAbsolutePath().normalize();
	/** The day a command's register stands on where a test does not choose one. */
	static final String TEST_DAY = "2026-11-20";
	private static final String SET_DAY = "-J-Dmadoguchi.today=";

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

	/** A command running in the background, its output going to files. */
	record Started(Process process, Path out, Path err, String command) {

		/** Waits for it (two minutes at most) and returns what it did. */
		Run finish() throws IOException, InterruptedException {
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new AssertionError(command + " did not finish in 2 minutes");
			}
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		}
	}

	/** Starts the launcher in the background, its output going to files in {@code logs}. */
	static Started start(Path workingDirectory, Path logs, String... args) throws IOException {
		Path out = Files.createTempFile(logs, "out-", ".txt");
		Path err = Files.createTempFile(logs, "err-", ".txt");
		Process process = builder(workingDirectory, args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		return new Started(process, out, err, "madoguchi " + String.join(" ", args));
	}

	/** Runs a command on the register at {@code db} on the day {@code today} (an ISO date). */
	static Run onRegister(Path workingDirectory, String today, String db, String... command) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of(SET_DAY + today, "--db", db));
		args.addAll(List.of(command));
		return run(workingDirectory, args.toArray(String[]::new));
	}

	/** The value of the first {@code key} in a command's JSON output, as text (a string's content, or a number, true, null). */
	static String jsonField(String json, String key) {
		Matcher matcher = Pattern.compile("\"" + key + "\": \"?([^\",\n]*)").matcher(json);
		if (!matcher.find()) {
			throw new AssertionError(key + " in " + json);
		}
		return matcher.group(1);
	}

	/** Makes an empty demo register at {@code db}, as a command other than demo, init or restore no longer creates one. */
	static void createDemoRegister(Path workingDirectory, String db) throws IOException, InterruptedException {
		Run demo = run(workingDirectory, "--db", db, "demo", "--residents", "0");
		if (demo.exitCode() != 0) {
			throw new AssertionError("demo --residents 0 failed: " + demo.err());
		}
	}

	/** Makes a demo register at {@code db} holding the residents of a resident file's text. */
	static void registerWith(Path workingDirectory, String db, String residentFile) throws IOException, InterruptedException {
		createDemoRegister(workingDirectory, db);
		Path file = workingDirectory.resolve("residents.csv");
		Files.writeString(file, residentFile, StandardCharsets.UTF_8);
		Run imported = run(workingDirectory, "--db", db, "import", file.toString());
		if (imported.exitCode() != 0) {
			throw new AssertionError("import failed: " + imported.err());
		}
	}

	/**
	 * A process builder for the launcher with these arguments, started in {@code workingDirectory};
	 * on {@link #TEST_DAY} unless the arguments set the register's day themselves, so that no result
	 * depends on the day the tests run.
	 */
	static ProcessBuilder builder(Path workingDirectory, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ROOT.resolve("madoguchi").toString());
		if (Arrays.stream(args).noneMatch(arg -> arg.startsWith(SET_DAY))) {
			command.add(SET_DAY + TEST_DAY);
		}
		command.addAll(List.of(args));
		return new ProcessBuilder(command).directory(workingDirectory.toFile());
	}

	private Launcher() {
	}
}
