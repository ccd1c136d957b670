package org.madoguchi.cli.internal;

import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code madoguchi audit export --from D --until D --out F.csv}: the entries of some days, to archive them elsewhere. */
@Command(name = "export", description = { "Writes the audit entries of some days to a CSV file, with their hashes, to archive them.",
		"The register keeps every entry: exporting removes nothing." })
final class AuditExportCommand extends DatabaseCommand {

	@Mixin
	DayRange days;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV file (UTF-8, readable by its owner only)")
	Path file;

	@Override
	public void run() {
		days.check();
		long written = withRegister(register -> register.auditArchive().export(days.from, days.until, file.toAbsolutePath()));
		print(written + (written == 1 ? " entry" : " entries") + " written to " + file.toAbsolutePath());
	}
}
