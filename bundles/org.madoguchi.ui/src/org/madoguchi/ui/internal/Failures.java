package org.madoguchi.ui.internal;

import java.util.Locale;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.service.ServiceException;

/**
 * What the clerk reads when a use case refuses: the reason in the workbench's language. The
 * service refuses with a {@link ServiceException}; a value the workbench itself read is refused by
 * the model's {@link InvalidValueException}. Anything else is a bug, shown as it is.
 */
public final class Failures {

	public static String message(Throwable failure) {
		if (failure instanceof ServiceException refused) {
			return refused.problem().in(Locale.getDefault());
		}
		if (failure instanceof InvalidValueException invalid) {
			return invalid.problem().in(Locale.getDefault());
		}
		return failure.getMessage() == null ? failure.toString() : failure.getMessage();
	}

	private Failures() {
	}
}
