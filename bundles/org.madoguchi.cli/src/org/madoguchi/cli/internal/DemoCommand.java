package org.madoguchi.cli.internal;

import java.io.PrintWriter;

import org.madoguchi.service.DemoFill;
import org.madoguchi.service.Register;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madoguchi demo --residents N [--seed S]}: synthetic residents with households, address
 * histories, cards in every state and certificates. Interrupted, it resumes when run again.
 */
@Command(name = "demo", description = { "Fills a demo database with synthetic residents, households, cards and certificates (creating it where --db holds none).",
		"Deterministic for a seed; run again after an interruption, it continues where it stopped." })
final class DemoCommand extends DatabaseCommand {

	// 0 makes an empty demo register, for training with files of its own
	static final OptionRange RESIDENTS = new OptionRange(0, DemoFill.CAPACITY);

	@Option(names = "--residents", required = true, paramLabel = "N",
			description = "how many residents the demo data should have, 0 (an empty demo register) to 100000000")
	long residents;

	@Option(names = "--seed", paramLabel = "S", description = "the generator's seed (default 1)")
	long seed = 1;

	@Override
	public void run() {
		RESIDENTS.check(spec, "--residents", residents);
		PrintWriter err = spec.commandLine().getErr();
		long started = System.nanoTime();
		try (Register register = root().openOrCreateDemo()) {
			long added = register.demo().fill(residents, seed, new StderrProgress(err, "demo: residents"));
			long total = register.queries().counts().residents();
			print(String.format("Added %d synthetic residents (seed %d) in %.1f s; the database holds %d residents.", added, seed,
					(System.nanoTime() - started) / 1e9, total));
		}
	}
}
