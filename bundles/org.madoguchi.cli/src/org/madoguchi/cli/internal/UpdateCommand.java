package org.madoguchi.cli.internal;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;

import org.madoguchi.service.Register;
import org.madoguchi.service.SoftwareRevert;
import org.madoguchi.service.SoftwareUpdate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madoguchi update FILE.zip [--yes] [--allow-downgrade]} and {@code madoguchi update --revert [--yes]}. */
@Command(name = "update", description = { "Installs a new Madoguchi from a zipped update site (no network needed), or with --revert returns to the version installed before.",
		"Shows the installed version, the file's and its changes first; refuses a file that is not a Madoguchi update, is not newer,",
		"is not signed with this installation's key or does not match its checksums. The register and the settings are not touched;",
		"a register the new version migrates is backed up beside it first. The new version runs from the next start.",
		"--revert needs no file: it installs again the version the last update replaced, from what the installation kept." })
final class UpdateCommand extends DatabaseCommand {

	@Parameters(paramLabel = "FILE", arity = "0..1", description = "the update file (.zip); none with --revert")
	Path file;

	@Option(names = "--revert", description = "return to the version installed before the last update")
	boolean revert;

	@Option(names = "--yes", description = "install without asking")
	boolean yes;

	@Option(names = "--allow-downgrade", description = "install the file even if its version is not newer than the installed one")
	boolean allowDowngrade;

	@Override
	public void run() {
		if (revert == (file != null)) {
			throw new CommandFailure("Give either the update file or --revert. Nothing was changed.");
		}
		withRegister(register -> {
			if (revert) {
				revert(register);
			} else {
				install(register);
			}
			return null;
		});
	}

	private void install(Register register) {
		SoftwareUpdate update = register.updates().offer(file.toAbsolutePath(), allowDowngrade);
		print("Installed: Madoguchi " + update.installedVersion());
		print("File:      Madoguchi " + update.offeredVersion());
		if (!update.changes().isEmpty()) {
			print("Changes:");
			update.changes().lines().forEach(line -> print("  " + line));
		}
		update.registerBackup().ifPresent(backup -> print("The new version migrates the register: it is backed up to " + backup + " first."));
		confirm("Install it?");
		update.install();
		print("Installed Madoguchi " + update.offeredVersion() + "; it runs from the next start.");
	}

	private void revert(Register register) {
		SoftwareRevert revert = register.updates().offerRevert();
		print("Installed: Madoguchi " + revert.installedVersion());
		print("Back to:   Madoguchi " + revert.earlierVersion());
		confirm("Return to it?");
		revert.revert();
		print("Returned to Madoguchi " + revert.earlierVersion() + "; it runs from the next start.");
	}

	private void confirm(String question) {
		if (!yes && !confirmed(question)) {
			throw new CommandFailure("Nothing was changed.");
		}
	}

	/** Asks at the terminal; without one (a batch job) only --yes installs. */
	private static boolean confirmed(String question) {
		Console console = System.console();
		if (console == null) {
			throw new CommandFailure("There is no terminal to ask; give --yes to go on without asking. Nothing was changed.");
		}
		String answer = console.readLine(question + " [y/N] ");
		return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
	}
}
