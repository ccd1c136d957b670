package org.madoguchi.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written beside its place and moved there when complete, so that a failure or a cancel
 * leaves the file that was there before (or none), never half of a new one. The draft is
 * readable by its owner only, as the files it makes hold personal data.
 */
public final class DraftFile {

	/** The work that writes the draft. */
	@FunctionalInterface
	public interface Work<T> {
		T write(Path draft) throws IOException;
	}

	public static <T> T write(Path target, Work<T> work) {
		Path folder = target.toAbsolutePath().getParent();
		Path draft;
		try {
			draft = Files.createTempFile(folder, "." + target.getFileName() + "-", ".part");
		} catch (NoSuchFileException e) {
			// the user named the file: the folder is what is missing, not the hidden draft
			throw new UncheckedIOException("Cannot write " + target, new NoSuchFileException(folder.toString()));
		} catch (AccessDeniedException e) {
			throw new UncheckedIOException("Cannot write " + target, new AccessDeniedException(folder.toString()));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + target, e);
		}
		try {
			T result = work.write(draft);
			Files.move(draft, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return result;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + target, e);
		} finally {
			try {
				Files.deleteIfExists(draft);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	private DraftFile() {
	}
}
