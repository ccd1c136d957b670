package org.madoguchi.update;

import org.madoguchi.model.values.Problem;

/** An update file, or the installation, refused before anything was changed; the reason in English and Japanese. */
public final class UpdateRefusedException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	UpdateRefusedException(String key, Object... arguments) {
		this(new Problem(UpdateRefusedException.class, key, arguments));
	}

	private UpdateRefusedException(Problem problem) {
		super(problem.english());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
