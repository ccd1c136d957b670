package org.madoguchi.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi office rename NAME}: the office's name, as the workbench's title shows it;
 * {@code office municipality [CODE]}: the municipality whose register this is.
 */
@Command(name = "office", description = "The office this register belongs to.", subcommands = { OfficeCommand.Rename.class,
		OfficeCommand.Municipality.class })
final class OfficeCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'office rename NAME' or 'office municipality [CODE]'.");
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

	@Command(name = "municipality", description = "Prints the local government code of the municipality whose register this is, "
			+ "or sets it (a supervisor's): a move within stays in it, a move-in comes from elsewhere.")
	static final class Municipality extends DatabaseCommand {

		@Parameters(paramLabel = "CODE", arity = "0..1", description = "the 6-digit local government code with its check digit, e.g. 131016")
		String code;

		@Override
		public void run() {
			String municipality = withRegister(register -> {
				if (code != null) {
					register.settings().setMunicipality(code);
				}
				return register.settings().municipality().orElse(null);
			});
			print(municipality == null ? "No municipality is set: 'office municipality CODE' sets it." : "Municipality " + municipality);
		}
	}
}
