package org.madoguchi.print;

import java.awt.Color;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays card-sized items on pages. {@link Sheet#CARD}: one ID-1 page per side. {@link Sheet#A4}:
 * ten per A4 page in two columns with crop marks; the backs of a page of fronts follow on the
 * next page with the columns swapped, so that duplex printing (long-edge flip) puts each back
 * behind its front.
 */
final class Imposition {

	static final int COLUMNS = 2;
	static final int ROWS = 5;
	private static final float MARK = 5f;
	private static final float MARK_GAP = 2f;

	private final CardLayout layout;
	private final Sheet sheet;
	private final boolean proof;

	Imposition(CardLayout layout, Sheet sheet, boolean proof) {
		this.layout = layout;
		this.sheet = sheet;
		this.proof = proof;
	}

	/**
	 * Writes the items; returns the subjects (resident IDs) of each page, in page order.
	 * {@code printed} learns after each sheet how many items are on paper; it may throw to stop.
	 */
	<T> List<List<Long>> write(List<T> items, FacePainter<T> painter, OutputStream out, IntConsumer printed) {
		float cardWidth = Units.pt(layout.width());
		float cardHeight = Units.pt(layout.height());
		Rectangle pageSize = sheet == Sheet.CARD ? new Rectangle(cardWidth, cardHeight) : PageSize.A4;
		Document document = new Document(pageSize, 0, 0, 0, 0);
		List<List<Long>> subjects = new ArrayList<>();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		document.addTitle("Madoguchi");
		document.addCreator("Madoguchi");
		document.open();
		boolean first = true;
		int perPage = sheet == Sheet.CARD ? 1 : COLUMNS * ROWS;
		for (int start = 0; start < items.size(); start += perPage) {
			List<T> page = items.subList(start, Math.min(items.size(), start + perPage));
			List<Long> pageSubjects = page.stream().map(painter::subject).toList();
			if (!first) {
				document.newPage();
			}
			first = false;
			paint(writer.getDirectContent(), page, painter, false);
			subjects.add(pageSubjects);
			if (painter.hasBack()) {
				document.newPage();
				paint(writer.getDirectContent(), page, painter, true);
				subjects.add(pageSubjects);
			}
			printed.accept(start + page.size());
		}
		document.close();
		return subjects;
	}

	private <T> void paint(PdfContentByte canvas, List<T> page, FacePainter<T> painter, boolean back) {
		for (int i = 0; i < page.size(); i++) {
			CardCanvas face = at(canvas, i, back);
			if (back) {
				painter.back(face, page.get(i));
			} else {
				painter.front(face, page.get(i));
			}
			if (painter.cutLine()) {
				face.cutLine();
			}
			if (proof) {
				face.specimen();
			}
		}
		if (sheet == Sheet.A4) {
			cropMarks(canvas);
		}
	}

	private CardCanvas at(PdfContentByte canvas, int index, boolean back) {
		if (sheet == Sheet.CARD) {
			return new CardCanvas(canvas, layout, 0, 0);
		}
		int row = index / COLUMNS;
		int column = index % COLUMNS;
		int placed = back ? COLUMNS - 1 - column : column;
		return new CardCanvas(canvas, layout, gridLeft() + placed * Units.pt(layout.width()),
				gridTop() - (row + 1) * Units.pt(layout.height()));
	}

	private float gridLeft() {
		return (PageSize.A4.getWidth() - COLUMNS * Units.pt(layout.width())) / 2;
	}

	private float gridTop() {
		return PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * Units.pt(layout.height())) / 2;
	}

	/** Marks in the margin at every cut line, so that a guillotine can find the cards. */
	private void cropMarks(PdfContentByte canvas) {
		float left = gridLeft();
		float right = left + COLUMNS * Units.pt(layout.width());
		float top = gridTop();
		float bottom = top - ROWS * Units.pt(layout.height());
		canvas.saveState();
		canvas.setLineWidth(0.25f);
		canvas.setColorStroke(Color.BLACK);
		for (int column = 0; column <= COLUMNS; column++) {
			float x = left + column * Units.pt(layout.width());
			line(canvas, x, top + MARK_GAP, x, top + MARK_GAP + MARK);
			line(canvas, x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK);
		}
		for (int row = 0; row <= ROWS; row++) {
			float y = top - row * Units.pt(layout.height());
			line(canvas, left - MARK_GAP, y, left - MARK_GAP - MARK, y);
			line(canvas, right + MARK_GAP, y, right + MARK_GAP + MARK, y);
		}
		canvas.restoreState();
	}

	private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2) {
		canvas.moveTo(x1, y1);
		canvas.lineTo(x2, y2);
		canvas.stroke();
	}
}
