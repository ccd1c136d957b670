package org.madoguchi.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
	private static final Label NOT_A_FOLDER = new Label("notAFolder");
	/**
	 * What the operating system says (Linux's words, as the JDK passes them on), in the reader's
	 * words; a reason not listed here is shown as the system gives it.
	 */
	private static final Map<String, Label> SYSTEM_REASONS = systemReasons();

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
			return because(print, print.problem());
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
		Object reason = reason(cause);
		String context = failure.getMessage() == null || failure.getMessage().equals(cause.toString()) ? null : failure.getMessage();
		if (file == null) {
			return context == null ? problem("file.failed", reason) : problem("file.failedDoing", context, reason);
		}
		return context == null ? problem("file.failedAt", file, reason) : problem("file.failedDoingAt", context, file, reason);
	}

	private static Object reason(IOException cause) {
		if (cause instanceof NoSuchFileException) {
			return NO_SUCH_FILE;
		}
		if (cause instanceof AccessDeniedException) {
			return PERMISSION_DENIED;
		}
		if (cause instanceof NotDirectoryException) {
			return NOT_A_FOLDER;
		}
		if (cause instanceof FileAlreadyExistsException) {
			return new Label("alreadyExists");
		}
		if (cause instanceof DirectoryNotEmptyException) {
			return new Label("folderNotEmpty");
		}
		String said = cause instanceof FileSystemException system && system.getReason() != null ? system.getReason() : cause.getMessage();
		if (said == null) {
			return cause.toString();
		}
		for (Map.Entry<String, Label> known : SYSTEM_REASONS.entrySet()) {
			if (said.contains(known.getKey())) {
				return known.getValue();
			}
		}
		return said;
	}

	private static Map<String, Label> systemReasons() {
		Map<String, Label> reasons = new LinkedHashMap<>();
		reasons.put("No space left on device", new Label("diskFull"));
		reasons.put("Disk quota exceeded", new Label("diskFull"));
		reasons.put("Read-only file system", new Label("readOnlyFileSystem"));
		reasons.put("Is a directory", new Label("isAFolder"));
		reasons.put("Not a directory", NOT_A_FOLDER);
		reasons.put("Permission denied", PERMISSION_DENIED);
		reasons.put("Operation not permitted", PERMISSION_DENIED);
		reasons.put("No such file or directory", NO_SUCH_FILE);
		reasons.put("File name too long", new Label("nameTooLong"));
		reasons.put("Too many levels of symbolic links", new Label("linkLoop"));
		reasons.put("Input/output error", new Label("ioError"));
		reasons.put("No such device", new Label("noDevice"));
		return Collections.unmodifiableMap(reasons);
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
