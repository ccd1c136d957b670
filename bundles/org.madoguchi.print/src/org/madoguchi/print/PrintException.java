package org.madoguchi.print;

import org.madoguchi.model.values.Problem;

/**
 * A print job cannot be made as asked: a broken layout, a missing font, an unreadable photo, notes
 * that do not fit. The reason, in Japanese and English, names what to fix.
 */
public final class PrintException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	private PrintException(Problem problem, Throwable cause) {
		super(problem.english(), cause);
		this.problem = problem;
	}

	/** A problem from the print catalogue (org/madoguchi/print/problems.properties). */
	static PrintException of(String key, Object... arguments) {
		return new PrintException(new Problem(PrintException.class, key, arguments), null);
	}

	/** As {@link #of}, caused by {@code cause}. */
	static PrintException because(Throwable cause, String key, Object... arguments) {
		return new PrintException(new Problem(PrintException.class, key, arguments), cause);
	}

	public Problem problem() {
		return problem;
	}
}
