package org.madoguchi.service.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

import org.madoguchi.model.values.Problem;
import org.madoguchi.service.ServiceException;
import org.madoguchi.store.Scratch;

/**
 * A file written beside its place and moved there when complete, so that a failure or a cancel
 * leaves the file that was there before (or none), never half of a new one. The draft is
 * readable by its owner only, as the files it makes hold personal data. Only a regular file or a
 * new path is written: a link, a device, a FIFO or a folder at the place is refused, not replaced
 * (nor written through). A draft that a killed run left beside the same place is removed.
 */
public final class DraftFile {

	/** File types by the bits of {@code unix:mode} (S_IFMT). */
	private static final int TYPE_MASK = 0170000;
	private static final int FIFO = 0010000;
	private static final int CHARACTER_DEVICE = 0020000;
	private static final int BLOCK_DEVICE = 0060000;

	/** The work that writes the draft. */
	@FunctionalInterface
	public interface Work<T> {
		T write(Path draft) throws IOException;
	}

	/** Writes {@code target} aside and moves it into place; whatever fails is refused as a {@link ServiceException}. */
	public static <T> T write(Path target, Work<T> work) {
		return Refusals.translated(() -> writeAside(target, work));
	}

	private static <T> T writeAside(Path target, Work<T> work) {
		requireWritable(target);
		Path folder = target.toAbsolutePath().getParent();
		String base = "." + target.getFileName() + ".";
		Path draft;
		try {
			Scratch.removeLeftovers(folder, base, ".part");
			draft = Files.createTempFile(folder, Scratch.prefix(base), ".part");
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
			// asked again: what was put there meanwhile is refused too (a move replaces a link, never its target)
			requireWritable(target);
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

	/**
	 * Refuses {@code target} unless it is a regular file or does not exist yet; a symbolic link is
	 * refused as a link, whatever it points to. Called before anything is written.
	 */
	public static void requireWritable(Path target) {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return;
		} catch (IOException e) {
			throw Refusals.of(new UncheckedIOException("Cannot write " + target, e));
		}
		if (attributes.isRegularFile()) {
			return;
		}
		String kind = attributes.isSymbolicLink() ? "file.symbolicLink" : attributes.isDirectory() ? "file.folder" : special(target);
		throw new ServiceException(new Problem(ServiceException.class, kind, target.toString()));
	}

	/** A device, a FIFO, or another kind of file (a socket). */
	private static String special(Path target) {
		int type;
		try {
			type = (Integer) Files.getAttribute(target, "unix:mode", LinkOption.NOFOLLOW_LINKS) & TYPE_MASK;
		} catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
			return "file.special";
		}
		return type == FIFO ? "file.fifo" : type == CHARACTER_DEVICE || type == BLOCK_DEVICE ? "file.device" : "file.special";
	}

	private DraftFile() {
	}
}
