package org.madoguchi.model.values;

/** A value that the law or the register does not allow, with the {@link Problem} that says why. */
public final class InvalidValueException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public InvalidValueException(Problem problem) {
		super(problem.english());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
