package org.madoguchi.cli.internal;

import java.io.Console;
import java.util.Arrays;

/**
 * Passwords for batch runs come from an environment variable (never from the command line,
 * where other users could read them); interactive runs are prompted without echo.
 */
final class Passwords {

	static final String PASSWORD = "MADOGUCHI_PASSWORD";
	static final String NEW_PASSWORD = "MADOGUCHI_NEW_PASSWORD";

	/** The operator's password: $MADOGUCHI_PASSWORD, else a prompt. */
	static char[] of(String operatorId) {
		return fromEnvironmentOrPrompt(PASSWORD, "Password for " + operatorId + ": ", false);
	}

	/** A password being set: from {@code variable}, else prompted twice. */
	static char[] newPassword(String variable, String operatorId) {
		return fromEnvironmentOrPrompt(variable, "New password for " + operatorId + ": ", true);
	}

	private static char[] fromEnvironmentOrPrompt(String variable, String prompt, boolean confirm) {
		String fromEnvironment = System.getenv(variable);
		if (fromEnvironment != null) {
			return fromEnvironment.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new CommandFailure("No password: set " + variable + " or run the command in a terminal");
		}
		char[] password = console.readPassword("%s", prompt);
		if (confirm && !Arrays.equals(password, console.readPassword("%s", "Again: "))) {
			throw new CommandFailure("The two passwords differ");
		}
		return password;
	}

	private Passwords() {
	}
}
