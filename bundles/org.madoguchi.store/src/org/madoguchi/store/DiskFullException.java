package org.madoguchi.store;

import org.madoguchi.model.values.Problem;

/** The disk holding the register is full: nothing could be written, and nothing was changed. */
public final class DiskFullException extends StoreException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public DiskFullException(long freeMegabytes, Throwable cause) {
		this(new Problem(DiskFullException.class, "disk.full", freeMegabytes), cause);
	}

	private DiskFullException(Problem problem, Throwable cause) {
		super(problem.english(), cause);
		this.problem = problem;
	}

	/** The reason in Japanese and English, for the workbench. */
	public Problem problem() {
		return problem;
	}
}
