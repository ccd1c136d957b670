package org.madoguchi.cli.internal;

/** A command could not do what was asked, for a reason the user can act on. */
public class CommandFailure extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CommandFailure(String message) {
		this(message, ExitCodes.FAILURE);
	}

	public CommandFailure(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public int exitCode() {
		return exitCode;
	}
}
