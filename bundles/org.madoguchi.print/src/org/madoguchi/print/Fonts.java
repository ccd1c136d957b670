package org.madoguchi.print;

import java.io.IOException;
import java.io.InputStream;

import com.lowagie.text.pdf.BaseFont;

/**
 * IPAex Gothic (IPA Font License v1.0, shipped in fonts/), embedded as a subset with Identity-H
 * so that every kanji prints and can be searched. There is no fallback: a PDF without Japanese
 * glyphs would print empty boxes on a resident's card.
 */
final class Fonts {

	private static final String FILE = "ipaexg.ttf";
	private static BaseFont gothic;

	static synchronized BaseFont gothic() {
		if (gothic == null) {
			try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + FILE)) {
				if (in == null) {
					throw PrintException.of("font.missing", FILE);
				}
				gothic = BaseFont.createFont(FILE, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
			} catch (IOException e) {
				throw PrintException.because(e, "font.unreadable", FILE);
			}
		}
		return gothic;
	}

	private Fonts() {
	}
}
