package org.madoguchi.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi number …}: commands about Individual Numbers. */
@Command(name = "number", description = "Checks Individual Numbers (My Number) and shows a resident's full number.", subcommands = { NumberCheckCommand.class, NumberShowCommand.class })
final class NumberCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'number check <digits>...' or 'number show RESIDENT'.");
	}
}
