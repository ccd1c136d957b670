package org.madoguchi.print;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Text that stays inside its box: shrunk from the box's font size down to its smallest size,
 * then wrapped over as many lines as the box allows, and as a last resort cut with "…". Nothing
 * is ever drawn outside the box.
 */
final class FittedText {

	private static final float STEP = 0.25f;
	static final float LEADING = 1.15f;

	/** How a text is set: its font size and its lines. */
	record Setting(float size, List<String> lines) {
	}

	static Setting fit(BaseFont font, String text, float widthPt, float heightPt, Box box) {
		for (float size = box.fontSize(); size >= box.smallestFontSize() - 0.001f; size -= STEP) {
			if (font.getWidthPoint(text, size) <= widthPt && size * LEADING <= heightPt + 0.01f) {
				return new Setting(size, List.of(text));
			}
		}
		float size = box.smallestFontSize();
		int fitting = Math.max(1, Math.min(box.lines(), (int) Math.floor(heightPt / (size * LEADING))));
		List<String> lines = wrap(font, text, size, widthPt);
		if (lines.size() > fitting) {
			List<String> kept = new ArrayList<>(lines.subList(0, fitting));
			kept.set(fitting - 1, ellipsize(font, kept.get(fitting - 1), size, widthPt));
			lines = kept;
		}
		return new Setting(size, lines);
	}

	/** Draws the setting inside the box whose top-left corner is (left, top) in points. */
	static void draw(PdfContentByte canvas, BaseFont font, Setting setting, float left, float top, float heightPt, int alignment) {
		float lineHeight = setting.size() * LEADING;
		float blockHeight = lineHeight * setting.lines().size();
		float baseline = top - (heightPt - blockHeight) / 2 - setting.size() * 0.88f - (lineHeight - setting.size()) / 2;
		canvas.beginText();
		canvas.setFontAndSize(font, setting.size());
		for (String line : setting.lines()) {
			canvas.showTextAligned(alignment, line, left, baseline, 0);
			baseline -= lineHeight;
		}
		canvas.endText();
	}

	private static List<String> wrap(BaseFont font, String text, float size, float widthPt) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		text.codePoints().forEach(c -> {
			String candidate = line.toString() + Character.toString(c);
			if (font.getWidthPoint(candidate, size) > widthPt && line.length() > 0) {
				lines.add(line.toString());
				line.setLength(0);
				if (c != ' ') {
					line.appendCodePoint(c);
				}
			} else {
				line.appendCodePoint(c);
			}
		});
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

	private static String ellipsize(BaseFont font, String line, float size, float widthPt) {
		String shortened = line;
		while (!shortened.isEmpty() && font.getWidthPoint(shortened + "…", size) > widthPt) {
			shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
		}
		return shortened + "…";
	}

	private FittedText() {
	}
}
