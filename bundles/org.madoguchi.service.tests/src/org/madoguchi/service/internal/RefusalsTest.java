package org.madoguchi.service.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.NotesFace;
import org.madoguchi.print.NotesPrinter;
import org.madoguchi.service.ServiceException;

/** What the file system and the printer report reaches the clerk as one refusal, in Japanese too. */
class RefusalsTest {

	@Test
	void aFullDiskIsSaidInTheClerksWords() {
		ServiceException refused = Refusals.of(new UncheckedIOException(new IOException("No space left on device")));
		assertEquals("the disk is full", refused.problem().english());
		assertEquals("ファイルを読み書きできません: ディスクの空き容量がありません", refused.problem().japanese());
	}

	@Test
	void aReadOnlyDiskNamesTheFile() {
		ServiceException refused = Refusals.of(new UncheckedIOException(new FileSystemException("/media/usb/cards.pdf", null, "Read-only file system")));
		assertEquals("/media/usb/cards.pdf: the disk is read-only", refused.problem().english());
		assertEquals("/media/usb/cards.pdf を読み書きできません: ディスクが読み取り専用です", refused.problem().japanese());
	}

	@Test
	void aReasonTheWorkbenchDoesNotKnowIsShownAsTheSystemGivesIt() {
		ServiceException refused = Refusals.of(new UncheckedIOException(new FileSystemException("/dev/lp0", null, "Device or resource busy")));
		assertEquals("/dev/lp0 を読み書きできません: Device or resource busy", refused.problem().japanese());
	}

	@Test
	void notesThatDoNotFitAreRefusedInJapaneseToo() {
		ServiceException refused = assertThrows(ServiceException.class, () -> Refusals.translated(() -> new NotesPrinter(CardLayout.standard())
				.print(List.of(new NotesFace(7, 12, 2, List.of("転居 1", "転居 2"))), OutputStream.nullOutputStream())));
		assertEquals("カード 12 の追記欄に記載できるのは 3 件です。記載済みが 2 件、未記載が 2 件あります。", refused.problem().japanese());
		assertEquals("The notes area of card 12 holds 3 notes; 2 are written and 2 more are pending.", refused.problem().english());
	}
}
