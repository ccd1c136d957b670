package org.madoguchi.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.function.Supplier;

import org.madoguchi.exchange.csv.ResidentFileException;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.Problem;
import org.madoguchi.print.PrintException;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.StoreException;

/**
 * Turns what the store, the printer, the resident files and the file system throw into the
 * service's one refusal, with its reason in Japanese and English: the front ends handle one
 * exception type, and a Japanese session reads no English-only sentence.
 */
public final class Refusals {

	private static final Label NO_SUCH_FILE = new Label("noSuchFile");
	private static final Label PERMISSION_DENIED = new Label("permissionDenied");

	/** Runs {@code work}, refusing with a {@link ServiceException} whatever failure a lower layer reports. */
	public static <T> T translated(Supplier<T> work) {
		try {
			return work.get();
		} catch (StoreException | PrintException | ResidentFileException | InvalidValueException | UncheckedIOException e) {
			throw of(e);
		}
	}

	/** The refusal that says what {@code failure} means; a refusal already is one. */
	public static ServiceException of(RuntimeException failure) {
		if (failure instanceof ServiceException refusal) {
			return refusal;
		}
		if (failure instanceof StoreException store) {
			return because(store, store.problem());
		}
		if (failure instanceof ResidentFileException file) {
			return because(file, file.problem());
		}
		if (failure instanceof InvalidValueException invalid) {
			return because(invalid, invalid.problem());
		}
		if (failure instanceof PrintException print) {
			return because(print, problem("print.failed", print.getMessage()));
		}
		if (failure instanceof UncheckedIOException io) {
			return because(io, fileProblem(io));
		}
		throw failure;
	}

	/** Which file, and what is wrong with it (a missing folder and a refused permission in the reader's words). */
	private static Problem fileProblem(UncheckedIOException failure) {
		IOException cause = failure.getCause();
		String file = cause instanceof FileSystemException system ? system.getFile() : null;
		Object reason = cause instanceof NoSuchFileException ? NO_SUCH_FILE
				: cause instanceof AccessDeniedException ? PERMISSION_DENIED
						: cause instanceof FileSystemException system ? system.getReason() : cause.getMessage();
		String context = failure.getMessage() == null || failure.getMessage().equals(cause.toString()) ? null : failure.getMessage();
		if (file == null) {
			return context == null ? problem("file.failed", reason) : problem("file.failedDoing", context, reason);
		}
		return context == null ? problem("file.failedAt", file, reason) : problem("file.failedDoingAt", context, file, reason);
	}

	private static ServiceException because(RuntimeException cause, Problem problem) {
		ServiceException refusal = new ServiceException(problem);
		refusal.initCause(cause);
		return refusal;
	}

	private static Problem problem(String key, Object... arguments) {
		return new Problem(ServiceException.class, key, arguments);
	}

	private Refusals() {
	}
}
