package org.madoguchi.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.madoguchi.exchange.csv.ResidentFileException;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.print.PrintException;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a command that failed while running: the reason on one line, the stack trace only
 * for failures that are not the user's to fix (bugs), so that they can be reported.
 */
final class FailureHandler implements IExecutionExceptionHandler {

	/** A file problem in words: which file, and what is wrong with it. */
	static String describe(UncheckedIOException failure) {
		IOException cause = failure.getCause();
		String file = cause instanceof FileSystemException system ? system.getFile() : null;
		String reason = cause instanceof NoSuchFileException ? "no such file or folder"
				: cause instanceof AccessDeniedException ? "permission denied"
						: cause instanceof FileSystemException system ? system.getReason() : cause.getMessage();
		String context = failure.getMessage() == null || failure.getMessage().equals(cause.toString()) ? "" : failure.getMessage() + ": ";
		return context + (file == null ? reason : file + ": " + reason);
	}

	@Override
	public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
		if (failure instanceof CommandFailure commandFailure) {
			command.getErr().println("madoguchi: " + failure.getMessage());
			return commandFailure.exitCode();
		}
		if (failure instanceof ServiceException || failure instanceof StoreException || failure instanceof InvalidValueException
				|| failure instanceof ResidentFileException || failure instanceof PrintException) {
			command.getErr().println("madoguchi: " + failure.getMessage());
			return ExitCodes.FAILURE;
		}
		if (failure instanceof UncheckedIOException io) {
			command.getErr().println("madoguchi: " + describe(io));
			return ExitCodes.FAILURE;
		}
		command.getErr().println("madoguchi: internal error: " + failure);
		failure.printStackTrace(command.getErr());
		return ExitCodes.FAILURE;
	}
}
