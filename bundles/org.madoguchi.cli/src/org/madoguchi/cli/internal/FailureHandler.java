package org.madoguchi.cli.internal;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.service.ServiceException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a command that failed while running: the reason on one line, the stack trace only
 * for failures that are not the user's to fix (bugs), so that they can be reported.
 */
final class FailureHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
		if (failure instanceof CommandFailure commandFailure) {
			command.getErr().println("madoguchi: " + failure.getMessage());
			return commandFailure.exitCode();
		}
		if (failure instanceof ServiceException || failure instanceof InvalidValueException) {
			command.getErr().println("madoguchi: " + failure.getMessage());
			return ExitCodes.FAILURE;
		}
		command.getErr().println("madoguchi: internal error: " + failure);
		failure.printStackTrace(command.getErr());
		return ExitCodes.FAILURE;
	}
}
