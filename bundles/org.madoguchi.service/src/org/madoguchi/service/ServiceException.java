package org.madoguchi.service;

import org.madoguchi.model.values.Problem;

/** A use case refused what was asked, with the reason in Japanese and English. */
public class ServiceException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public ServiceException(Problem problem) {
		super(problem.english());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}

	/** A problem from the service's own catalogue (org/madoguchi/service/problems.properties). */
	static ServiceException of(String key, Object... arguments) {
		return new ServiceException(new Problem(ServiceException.class, key, arguments));
	}
}
