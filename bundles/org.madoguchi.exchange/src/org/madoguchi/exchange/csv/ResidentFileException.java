package org.madoguchi.exchange.csv;

import org.madoguchi.model.values.Problem;

/** The file as a whole cannot be read: wrong header, wrong encoding, not a CSV file. Nothing is imported. */
public final class ResidentFileException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public ResidentFileException(Problem problem) {
		super(problem.english());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	static ResidentFileException of(String key, Object... arguments) {
		return new ResidentFileException(new Problem(ResidentFileException.class, key, arguments));
	}
}
