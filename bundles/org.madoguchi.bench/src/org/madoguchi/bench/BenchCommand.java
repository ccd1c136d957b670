package org.madoguchi.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.madoguchi.cli.internal.CommandFailure;
import org.madoguchi.cli.internal.Json;
import org.madoguchi.cli.internal.OptionRange;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi bench [--residents N] [--json] [--only NAME...] [--with-ui]}: the performance
 * table of the README. Contributed to the command line (extension point {@code org.madoguchi.cli.commands}),
 * so that the command line does not require the benchmark.
 */
@Command(name = "bench", description = { "Measures import, search, report, print, branch office sync, resident changes and audit verify (with --with-ui also the workbench start).",
		"On a fresh database in a temporary folder, each beside a bare baseline doing the same work with the library alone.",
		"ratio = baseline time / our time (1.0: as fast as the bare library)." })
public final class BenchCommand implements Runnable {

	static final OptionRange RESIDENTS = new OptionRange(100, 10_000_000);
	static final List<String> MEASUREMENTS = List.of("import", "search", "report", "print", "sync", "changes", "audit", "start");

	@Option(names = "--residents", paramLabel = "N", description = "residents to generate, 100 to 10000000 (default 1000000)")
	long residents = 1_000_000;

	@Option(names = "--only", arity = "1..*", paramLabel = "NAME", description = "import, search, report, print, sync, changes, audit, start")
	List<String> only = List.of();

	@Option(names = "--with-ui", description = "also measure the workbench start (needs a display)")
	boolean withUi;

	@Option(names = "--json", description = "print one JSON object, a key per measurement")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		RESIDENTS.check(spec, "--residents", residents);
		for (String name : only) {
			if (!MEASUREMENTS.contains(name)) {
				throw new ParameterException(spec.commandLine(),
						"Invalid value for option '--only': " + name + " is not one of " + String.join(", ", MEASUREMENTS));
			}
		}
		List<Measurement> results;
		try {
			results = new Benchmark(spec.commandLine().getErr()).run(new Benchmark.Options(residents, Set.copyOf(only),
					withUi || only.contains("start") ? launcher() : null));
		} catch (Exception e) {
			throw new CommandFailure("The benchmark failed: " + e);
		}
		PrintWriter out = spec.commandLine().getOut();
		if (json) {
			JsonObject object = new JsonObject();
			for (Measurement result : results) {
				JsonObject line = new JsonObject();
				line.addProperty("seconds", result.seconds());
				line.addProperty("baselineSeconds", result.baselineSeconds());
				line.addProperty("ratio", result.ratio());
				line.addProperty("rowsPerSecond", result.rowsPerSecond());
				line.addProperty("peakHeapMB", result.peakHeapMB());
				if (result.fileMB() != null) {
					line.addProperty("fileMB", result.fileMB());
				}
				if (result.p95() != null) {
					line.addProperty("p50", result.p50());
					line.addProperty("p95", result.p95());
					line.addProperty("p99", result.p99());
				}
				object.add(result.name(), line);
			}
			out.println(Json.print(object));
		} else {
			out.printf("%-11s %10s %12s %8s %14s %10s %8s %s%n", "name", "seconds", "baseline s", "ratio", "rows/s", "heap MB", "file MB",
					"latency (ms)");
			for (Measurement result : results) {
				out.printf("%-11s %10.2f %12s %8s %14.0f %10.0f %8s %s%n", result.name(), result.seconds(),
						result.baselineSeconds() == null ? "-" : String.format("%.2f", result.baselineSeconds()),
						result.ratio() == null ? "-" : String.format("%.2f", result.ratio()), result.rowsPerSecond(), result.peakHeapMB(),
						result.fileMB() == null ? "-" : String.format("%.1f", result.fileMB()),
						result.p95() == null ? "" : String.format("p50 %.2f  p95 %.2f  p99 %.2f", result.p50(), result.p95(), result.p99()));
			}
		}
		out.flush();
	}

	/** The Equinox launcher of the installed product, to start the workbench as a user does. */
	private static Path launcher() {
		try {
			Path plugins = Path.of(Platform.getInstallLocation().getURL().toURI()).resolve("plugins");
			try (Stream<Path> files = Files.list(plugins)) {
				return files.filter(file -> file.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
						.orElseThrow(() -> new CommandFailure("The product has no Equinox launcher in " + plugins));
			}
		} catch (URISyntaxException | IOException e) {
			throw new CommandFailure("Cannot find the product's launcher: " + e.getMessage());
		}
	}
}
