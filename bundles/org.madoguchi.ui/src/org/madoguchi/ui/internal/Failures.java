package org.madoguchi.ui.internal;

import java.io.UncheckedIOException;
import java.util.Locale;

import org.madoguchi.exchange.csv.ResidentFileException;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.DiskFullException;

/** What the clerk reads when a use case refuses: the reason in the workbench's language. */
public final class Failures {

	public static String message(Throwable failure) {
		if (failure instanceof ServiceException refused) {
			return refused.problem().in(Locale.getDefault());
		}
		if (failure instanceof InvalidValueException invalid) {
			return invalid.problem().in(Locale.getDefault());
		}
		if (failure instanceof ResidentFileException badFile) {
			return badFile.problem().in(Locale.getDefault());
		}
		if (failure instanceof DiskFullException full) {
			return full.problem().in(Locale.getDefault());
		}
		if (failure instanceof UncheckedIOException io) {
			return io.getCause().getMessage();
		}
		return failure.getMessage() == null ? failure.toString() : failure.getMessage();
	}

	private Failures() {
	}
}
