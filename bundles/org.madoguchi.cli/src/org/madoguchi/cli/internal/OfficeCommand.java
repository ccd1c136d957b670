package org.madoguchi.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi office rename NAME}: the office's name, as the workbench's title shows it. */
@Command(name = "office", description = "Manages the office this register belongs to.", subcommands = OfficeCommand.Rename.class)
final class OfficeCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'office rename NAME'.");
	}

	@Command(name = "rename", description = "Renames the office (a supervisor's); the workbench's title shows the new name.")
	static final class Rename extends DatabaseCommand {

		@Parameters(paramLabel = "NAME", description = "the office's name, e.g. 千代田区役所")
		String name;

		@Override
		public void run() {
			if (name.isBlank()) {
				throw new CommandFailure("The office's name must not be empty", ExitCodes.USAGE);
			}
			String renamed = withRegister(register -> {
				register.renameOffice(name);
				return register.office();
			});
			print("Office renamed to " + renamed);
		}
	}
}
