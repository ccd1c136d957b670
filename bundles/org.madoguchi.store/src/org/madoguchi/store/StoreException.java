package org.madoguchi.store;

import org.madoguchi.model.values.Problem;

/** The database cannot do what was asked; the reason, in Japanese and English, says why in terms a clerk or operator can act on. */
public class StoreException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public StoreException(Problem problem, Throwable cause) {
		super(problem.english(), cause);
		this.problem = problem;
	}

	/** A problem from the store's catalogue (org/madoguchi/store/problems.properties). */
	public static StoreException of(String key, Object... arguments) {
		return new StoreException(new Problem(StoreException.class, key, arguments), null);
	}

	/** As {@link #of}, caused by {@code cause}. */
	public static StoreException because(Throwable cause, String key, Object... arguments) {
		return new StoreException(new Problem(StoreException.class, key, arguments), cause);
	}

	public Problem problem() {
		return problem;
	}
}
