package org.madoguchi.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Answers a wrong command line with one clear line and where to read more, instead of the
 * whole usage text, so that a batch log says what went wrong.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

	@Override
	public int handleParseException(ParameterException problem, String[] args) {
		CommandLine command = problem.getCommandLine();
		PrintWriter err = command.getErr();
		// picocli checks required options before unknown ones: "--ot F" would be reported as a missing --out
		List<String> unknown = command.getUnmatchedArguments();
		ParameterException reported = problem instanceof MissingParameterException && !unknown.isEmpty()
				? new UnmatchedArgumentException(command, unknown.subList(0, 1))
				: problem;
		err.println("madoguchi: " + reported.getMessage());
		UnmatchedArgumentException.printSuggestions(reported, err);
		err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the commands and options.");
		return ExitCodes.USAGE;
	}
}
