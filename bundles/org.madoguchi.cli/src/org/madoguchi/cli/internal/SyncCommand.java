package org.madoguchi.cli.internal;

import java.nio.file.Path;

import org.madoguchi.service.ChangeFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi sync export --out F.mdsync}: a branch office's change file for central. */
@Command(name = "sync", description = "Writes the change files that carry a branch office's changes to the central register.", subcommands = {
		SyncCommand.Export.class })
final class SyncCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'sync export --out F.mdsync'.");
	}

	@Command(name = "export", description = { "Writes every entry of this branch office's journal to a change file, signed with the office's key (a supervisor's).",
			"With them go the audit entries since the last file. Exporting again writes the same journal entries, and those recorded since." })
	static final class Export extends DatabaseCommand {

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the change file to write, e.g. KOJIMACHI-2026-11-20.mdsync")
		Path out;

		@Override
		public void run() {
			Path file = out.toAbsolutePath();
			ChangeFiles.Summary summary = withRegister(register -> register.sync().export(file));
			String audit = summary.auditEntries() == 1 ? "1 audit entry" : summary.auditEntries() + " audit entries";
			print(summary.count() == 0 ? "Office " + summary.office() + " has no journal entries yet; exported " + audit + " to " + file
					: "Exported entries " + summary.first() + " to " + summary.last() + " of office " + summary.office() + ", and " + audit + ", to "
							+ file);
		}
	}
}
