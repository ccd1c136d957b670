package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.internal.DraftFile;

/** Where a file of personal data may be written, and what a killed run leaves. */
class DraftFileTest {

	@TempDir
	Path folder;

	private static void write(Path target) {
		DraftFile.write(target, draft -> Files.writeString(draft, "123456789018,山田\n"));
	}

	/** The file type bits of the mode (S_IFMT). */
	private static int type(Path file) throws Exception {
		return (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
	}

	@Test
	void aSymbolicLinkIsRefusedAndNeitherItNorItsTargetIsReplaced() throws Exception {
		Path mine = Files.writeString(folder.resolve("notes.txt"), "my notes\n");
		Path link = Files.createSymbolicLink(folder.resolve("export.csv"), mine);
		ServiceException refused = assertThrows(ServiceException.class, () -> write(link));
		assertEquals(link + " is a symbolic link: Madoguchi writes only to a regular file or a new path. Nothing was written.",
				refused.getMessage());
		assertTrue(Files.isSymbolicLink(link));
		assertEquals("my notes\n", Files.readString(mine));
		try (var files = Files.list(folder)) {
			assertEquals(2, files.count(), "no draft is left");
		}
	}

	@Test
	void aFifoIsRefused() throws Exception {
		Path fifo = folder.resolve("export.csv");
		assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
		ServiceException refused = assertThrows(ServiceException.class, () -> write(fifo));
		assertTrue(refused.getMessage().startsWith(fifo + " is a FIFO:"), refused.getMessage());
		assertEquals(0010000, type(fifo), "still a FIFO");
	}

	@Test
	void aDeviceIsRefused() throws Exception {
		Path device = Path.of("/dev/null");
		ServiceException refused = assertThrows(ServiceException.class, () -> write(device));
		assertTrue(refused.getMessage().startsWith("/dev/null is a device:"), refused.getMessage());
		assertEquals(0020000, type(device), "still a character device");
	}

	@Test
	void aFolderIsRefused() throws Exception {
		Path reports = Files.createDirectory(folder.resolve("reports"));
		ServiceException refused = assertThrows(ServiceException.class, () -> write(reports));
		assertTrue(refused.getMessage().startsWith(reports + " is a folder:"), refused.getMessage());
		assertTrue(Files.isDirectory(reports));
	}

	@Test
	void theDraftOfAKilledRunIsRemovedButNotOneALiveProcessIsWriting() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
		Process writing = new ProcessBuilder("sleep", "60").start();
		try {
			Path dead = Files.writeString(folder.resolve(".backup.zip." + gone.pid() + "-123.part"), "half a zip");
			Path live = Files.writeString(folder.resolve(".backup.zip." + writing.pid() + "-456.part"), "a zip being written");
			Path other = Files.writeString(folder.resolve(".other.zip." + gone.pid() + "-789.part"), "another file's draft");
			write(folder.resolve("backup.zip"));
			assertFalse(Files.exists(dead), "the dead run's draft is removed");
			assertTrue(Files.exists(live), "a live process's draft is kept");
			assertTrue(Files.exists(other), "only drafts of the same file are looked at");
		} finally {
			writing.destroy();
		}
	}
}
