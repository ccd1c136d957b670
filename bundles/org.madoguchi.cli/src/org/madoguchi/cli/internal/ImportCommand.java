package org.madoguchi.cli.internal;

import java.nio.file.Path;

import org.madoguchi.service.ResidentImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madoguchi import <file.csv> [--encoding E] [--rejects F]}: exit 0 when every row was
 * imported, 2 when some were rejected (they are in the rejects file), 1 when the file cannot be read.
 */
@Command(name = "import", description = { "Imports a resident file (CSV; see the README for its columns).",
		"Bad rows go to the rejects file with line, column and reason; the rest is imported.",
		"Exit code 0: every row imported; 2: some rows rejected; 1: the file could not be read." })
final class ImportCommand extends DatabaseCommand {

	@Parameters(paramLabel = "FILE", description = "the resident file")
	Path file;

	@Option(names = "--encoding", paramLabel = "E", description = "utf-8 or cp932 (default: detected)")
	String encoding;

	@Option(names = "--rejects", paramLabel = "FILE", description = "where rejected rows go (default: FILE.rejects.csv)")
	Path rejects;

	@Override
	public void run() {
		ResidentImport.Summary summary = withRegister(register -> register.imports().importFile(file.toAbsolutePath(), encoding, rejects == null ? null : rejects.toAbsolutePath(),
				new StderrProgress(spec.commandLine().getErr(), "import: rows")));
		print(summary.text());
		if (summary.rejectsFile() != null) {
			print("rejected rows: " + summary.rejectsFile());
			long rejected = summary.rejectedInAll();
			String rows = rejected == 1 ? "1 row was" : rejected + " rows were";
			throw new CommandFailure(rows + " rejected; see " + summary.rejectsFile(), ExitCodes.PARTIAL);
		}
	}
}
