package org.madoguchi.cli.internal;

import java.nio.file.Path;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madoguchi export <file.csv> [--encoding E]}: every resident in the import format. */
@Command(name = "export", description = { "Writes every resident to a resident file, in the format import reads.",
		"Current address, household and newest card. Holds full Individual Numbers: audited." })
final class ExportCommand extends DatabaseCommand {

	@Parameters(paramLabel = "FILE", description = "the file to write")
	Path file;

	@Option(names = "--encoding", paramLabel = "E", description = "utf-8 (default), utf-8-bom (for Excel) or cp932")
	String encoding = "utf-8";

	@Override
	public void run() {
		long written = withRegister(register -> register.exports().exportFile(file.toAbsolutePath(), encoding,
				new StderrProgress(spec.commandLine().getErr(), "export: residents")));
		print("Exported " + written + " residents to " + file.toAbsolutePath());
	}
}
