package org.madoguchi.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scratch files and folders written beside their place, named after the process that writes
 * them ({@code <base><pid>-<random><suffix>}): a run that is killed leaves its scratch behind,
 * and the next run writing the same place removes it, but never one whose process still lives.
 */
public final class Scratch {

	/** The start of a new scratch name of this process: {@link Files#createTempFile} adds the random part. */
	public static String prefix(String base) {
		return base + ProcessHandle.current().pid() + "-";
	}

	/** Removes the scratch files and folders in {@code folder} named {@code base…suffix} whose process is gone. */
	public static void removeLeftovers(Path folder, String base, String suffix) {
		Pattern name = Pattern.compile(Pattern.quote(base) + "(\\d+)-\\d+" + Pattern.quote(suffix));
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				Matcher matcher = name.matcher(entry.getFileName().toString());
				if (matcher.matches() && !alive(Long.parseLong(matcher.group(1)))) {
					delete(entry);
				}
			}
		} catch (NoSuchFileException e) {
			// no folder, no leftovers
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot remove what an earlier run left in " + folder, e);
		}
	}

	private static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	/** Deletes a scratch file, or a scratch folder with what it holds; never follows a link out of it. */
	public static void delete(Path scratch) throws IOException {
		if (Files.notExists(scratch, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Files.walkFileTree(scratch, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
				if (failure != null) {
					throw failure;
				}
				Files.delete(folder);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	private Scratch() {
	}
}
