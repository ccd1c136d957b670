package org.madoguchi.print.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.print.Box;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.NotesFace;
import org.madoguchi.print.NotesPrinter;
import org.madoguchi.print.PrintException;

/** Pending notes land in the card's notes area, below what is written there, and nowhere else. */
class NotesPrinterTest {

	private static final float POINTS_PER_MM = 72f / 25.4f;

	@TempDir
	Path folder;

	@Test
	void aPendingNoteIsPrintedOnTheLineBelowTheWrittenOnesInsideTheNotesBox() throws Exception {
		CardLayout layout = CardLayout.standard();
		NotesPrinter printer = new NotesPrinter(layout);
		assertEquals(3, printer.lines(), "the standard notes box holds three notes below its caption");
		Path pdf = folder.resolve("notes.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			assertEquals(List.of(List.of(7L)), printer.print(List.of(new NotesFace(7, 12, 1, List.of("令和8年11月1日 転居 東京都千代田区神田1丁目2番3号"))), out));
		}
		assertTrue(Poppler.run("pdfinfo", pdf.toString()).matches("(?s).*\\nPages: +1\\n.*"), "one card-sized page");
		Box notes = layout.front().get("notes");
		int top = Math.round((float) notes.y() * POINTS_PER_MM);
		int height = Math.round((float) notes.h() * POINTS_PER_MM);
		int width = Math.round((float) layout.width() * POINTS_PER_MM);
		assertEquals("令和8年11月1日転居東京都千代田区神田1丁目2番3号", Poppler.text(pdf, 1, 0, top, width, height).replaceAll("\\s", ""));
		assertEquals("", Poppler.text(pdf, 1, 0, 0, width, top).strip(), "nothing above the notes area");
		assertEquals("", Poppler.text(pdf, 1).replace(Poppler.text(pdf, 1, 0, top, width, height).strip(), "").strip(),
				"nothing but the note: no caption, no other field");
	}

	@Test
	void notesThatDoNotFitTheAreaAreRefusedNamingTheCard() {
		NotesPrinter printer = new NotesPrinter(CardLayout.standard());
		PrintException refused = assertThrows(PrintException.class,
				() -> printer.print(List.of(new NotesFace(7, 12, 2, List.of("転居 1", "転居 2"))), OutputStream.nullOutputStream()));
		assertTrue(refused.getMessage().startsWith("The notes area of card 12 holds 3 notes"), refused.getMessage());
	}
}
