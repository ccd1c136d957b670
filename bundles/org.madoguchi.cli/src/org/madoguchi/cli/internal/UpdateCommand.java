package org.madoguchi.cli.internal;

import java.io.Console;
import java.nio.file.Path;
import java.util.Locale;

import org.madoguchi.service.SoftwareUpdate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madoguchi update FILE.zip [--yes] [--allow-downgrade]}. */
@Command(name = "update", description = { "Installs a new Madoguchi from a zipped update site (no network needed).",
		"Shows the installed version, the file's and its changes first; refuses a file that is not a Madoguchi update, is not newer,",
		"is not signed with this installation's key or does not match its checksums. The register and the settings are not touched;",
		"a register the new version migrates is backed up beside it first. The new version runs from the next start." })
final class UpdateCommand extends DatabaseCommand {

	@Parameters(paramLabel = "FILE", description = "the update file (.zip)")
	Path file;

	@Option(names = "--yes", description = "install without asking")
	boolean yes;

	@Option(names = "--allow-downgrade", description = "install the file even if its version is not newer than the installed one")
	boolean allowDowngrade;

	@Override
	public void run() {
		withRegister(register -> {
			SoftwareUpdate update = SoftwareUpdate.offer(register, file.toAbsolutePath(), allowDowngrade);
			print("Installed: Madoguchi " + update.installedVersion());
			print("File:      Madoguchi " + update.offeredVersion());
			if (!update.changes().isEmpty()) {
				print("Changes:");
				update.changes().lines().forEach(line -> print("  " + line));
			}
			update.registerBackup().ifPresent(backup -> print("The new version migrates the register: it is backed up to " + backup + " first."));
			if (!yes && !confirmed()) {
				throw new CommandFailure("Not installed: nothing was changed.");
			}
			update.install();
			print("Installed Madoguchi " + update.offeredVersion() + "; it runs from the next start.");
			return null;
		});
	}

	/** Asks at the terminal; without one (a batch job) only --yes installs. */
	private static boolean confirmed() {
		Console console = System.console();
		if (console == null) {
			throw new CommandFailure("Not installed: there is no terminal to ask; give --yes to install without asking. Nothing was changed.");
		}
		String answer = console.readLine("Install it? [y/N] ");
		return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
	}
}
