package org.madoguchi.cli.internal;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
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
		err.println("madoguchi: " + problem.getMessage());
		UnmatchedArgumentException.printSuggestions(problem, err);
		err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the commands and options.");
		return ExitCodes.USAGE;
	}
}
