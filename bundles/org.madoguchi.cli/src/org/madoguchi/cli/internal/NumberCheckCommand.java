package org.madoguchi.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi number check <digits>...}: one line per number, the number as given and then
 * {@code valid} or {@code invalid: <reason>}; exit code 1 when any is invalid.
 */
@Command(name = "check", description = {
		"Checks Individual Numbers: prints each as given, then 'valid' or 'invalid: <reason>'.",
		"Spaces, hyphens and full-width digits are accepted (quote a number that has spaces).",
		"Exit code 1 when any number is invalid." })
final class NumberCheckCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "DIGITS", description = "12-digit Individual Numbers")
	List<String> numbers;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		boolean allValid = true;
		for (String number : numbers) {
			try {
				IndividualNumber.normalize(number);
				out.println(number + " valid");
			} catch (InvalidValueException e) {
				out.println(number + " invalid: " + e.problem().english());
				allValid = false;
			}
		}
		out.flush();
		return allValid ? ExitCodes.OK : ExitCodes.FAILURE;
	}
}
