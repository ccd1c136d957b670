package org.madoguchi.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madoguchi audit export --from D --until D --out F.csv}: the entries of some days, to archive them elsewhere. */
@Command(name = "export", description = { "Writes the audit entries of some days to a CSV file, with their hashes, to archive them.",
		"The register keeps every entry: exporting removes nothing." })
final class AuditExportCommand extends DatabaseCommand {

	@Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the first day")
	LocalDate from;

	@Option(names = "--until", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the last day")
	LocalDate until;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file (UTF-8, readable by its owner only)")
	Path file;

	@Override
	public void run() {
		if (until.isBefore(from)) {
			throw new CommandFailure("--until " + until + " lies before --from " + from, ExitCodes.USAGE);
		}
		long written = withRegister(register -> register.auditArchive().export(from, until, file.toAbsolutePath()));
		print(written + (written == 1 ? " entry" : " entries") + " written to " + file.toAbsolutePath());
	}
}
