package org.madoguchi.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code madoguchi number show RESIDENT}: the full Individual Number, for a role that may see it; audited. */
@Command(name = "show", description = { "Prints a resident's full Individual Number, grouped 4-4-4.",
		"For clerks and supervisors; every display is an audit entry (show-number)." })
final class NumberShowCommand extends DatabaseCommand {

	@Parameters(paramLabel = "RESIDENT", description = "the resident's id, as search shows it")
	long resident;

	@Override
	public void run() {
		String number = withRegister(register -> register.queries().showNumber(resident));
		if (number == null) {
			throw new CommandFailure("Resident " + resident + " has no Individual Number");
		}
		print(number);
	}
}
