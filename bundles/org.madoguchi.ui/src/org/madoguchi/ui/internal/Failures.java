package org.madoguchi.ui.internal;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.service.ServiceException;

/**
 * What the clerk reads when a use case refuses: the reason in the workbench's language. The
 * service refuses with a {@link ServiceException}; a value the workbench itself read is refused by
 * the model's {@link InvalidValueException}, a form's field by {@link UnreadableInput}. Anything
 * else is a fault of the workbench: said as such in the clerk's language, with its own words kept
 * for whoever reads the workbench's log.
 */
public final class Failures {

	public static String message(Throwable failure) {
		if (failure instanceof ServiceException refused) {
			return refused.problem().in(Locale.getDefault());
		}
		if (failure instanceof InvalidValueException invalid) {
			return invalid.problem().in(Locale.getDefault());
		}
		if (failure instanceof UnreadableInput unreadable) {
			return unreadable.getMessage();
		}
		ILog.of(Failures.class).error("unexpected failure shown to the operator", failure);
		return NLS.bind(Messages.Failure_unexpected, failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
	}

	private Failures() {
	}
}
