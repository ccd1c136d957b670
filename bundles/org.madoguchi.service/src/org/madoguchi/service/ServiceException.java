package org.madoguchi.service;

import org.madoguchi.model.values.IndividualNumber;
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

	/**
	 * This refusal with the Individual Numbers its texts quote masked: for a refusal read by someone
	 * who did not ask to see the number (a supervisor deciding a conflict, an office taking a reply).
	 */
	ServiceException masked() {
		Object[] arguments = problem.arguments().clone();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof String text) {
				arguments[i] = IndividualNumber.maskWithin(text);
			}
		}
		ServiceException masked = new ServiceException(new Problem(problem.catalogue(), problem.key(), arguments));
		masked.initCause(this);
		return masked;
	}

	/** A problem from the service's own catalogue (org/madoguchi/service/problems.properties). */
	static ServiceException of(String key, Object... arguments) {
		return new ServiceException(new Problem(ServiceException.class, key, arguments));
	}
}
