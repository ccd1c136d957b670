package org.madoguchi.cli.internal;

/** Exit codes of the command line, as the README documents them for batch operators. */
public final class ExitCodes {
	/** The command did what was asked. */
	public static final int OK = 0;
	/** The command failed, or (number check) found an invalid input. */
	public static final int FAILURE = 1;
	/** The command ran, but some input rows were rejected (import). */
	public static final int PARTIAL = 2;
	/** The command line itself was wrong: unknown command or option, missing value (sysexits EX_USAGE). */
	public static final int USAGE = 64;

	private ExitCodes() {
	}
}
