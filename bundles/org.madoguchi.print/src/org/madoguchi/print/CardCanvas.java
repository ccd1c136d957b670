package org.madoguchi.print;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;

/**
 * Draws one card-sized face at a position on a page: the fields of a layout, the cut line with
 * its rounded corners, photos, QR codes, and the specimen watermark.
 */
final class CardCanvas {

	private final PdfContentByte canvas;
	private final CardLayout layout;
	private final float left;
	private final float bottom;
	private final BaseFont font = Fonts.gothic();

	/** A face whose bottom-left corner is at (left, bottom) points. */
	CardCanvas(PdfContentByte canvas, CardLayout layout, float left, float bottom) {
		this.canvas = canvas;
		this.layout = layout;
		this.left = left;
		this.bottom = bottom;
	}

	float boxLeft(Box box) {
		return left + Units.pt(box.x());
	}

	float boxTop(Box box) {
		return bottom + Units.pt(layout.height()) - Units.pt(box.y());
	}

	/** The card's outline as a cut line, corners rounded as on the card. */
	void cutLine() {
		canvas.saveState();
		canvas.setLineWidth(0.3f);
		canvas.setColorStroke(Color.GRAY);
		canvas.setLineDash(2f, 1.5f, 0f);
		canvas.roundRectangle(left, bottom, Units.pt(layout.width()), Units.pt(layout.height()), Units.pt(layout.cornerRadius()));
		canvas.stroke();
		canvas.restoreState();
	}

	/** The box's caption, or the given text, fitted into the box. */
	void text(Box box, String value, int alignment) {
		if (box.border()) {
			outline(box, 0.4f, Color.DARK_GRAY);
		}
		String text = value == null || value.isBlank() ? box.text() : value;
		if (text == null || text.isBlank()) {
			return;
		}
		float padding = box.border() ? Units.pt(0.6) : 0;
		float width = Units.pt(box.w()) - 2 * padding;
		float height = Units.pt(box.h());
		FittedText.Setting setting = FittedText.fit(font, text, width, box.border() ? height / 2 : height, box);
		float x = alignment == Element.ALIGN_CENTER ? boxLeft(box) + Units.pt(box.w()) / 2 : boxLeft(box) + padding;
		FittedText.draw(canvas, font, setting, x, boxTop(box) - (box.border() ? Units.pt(0.3) : 0),
				box.border() ? Math.min(height, setting.size() * 1.4f) : height, alignment);
	}

	/** A value under the box's caption (a labelled, bordered field such as the certificate expiry). */
	void labelledValue(Box box, String value) {
		text(box, null, Element.ALIGN_LEFT);
		if (value != null && !value.isBlank()) {
			Box lower = new Box(box.x() + 0.6, box.y() + box.h() / 2, box.w() - 1.2, box.h() / 2, box.fontSize() + 1, box.smallestFontSize(), 1,
					null, false);
			text(lower, value, Element.ALIGN_LEFT);
		}
	}

	void outline(Box box, float width, Color color) {
		canvas.saveState();
		canvas.setLineWidth(width);
		canvas.setColorStroke(color);
		canvas.rectangle(boxLeft(box), boxTop(box) - Units.pt(box.h()), Units.pt(box.w()), Units.pt(box.h()));
		canvas.stroke();
		canvas.restoreState();
	}

	/** The photo scaled into its box, or a neutral placeholder that says there is none. */
	void photo(Box box, Path file) {
		if (file != null && Files.isReadable(file)) {
			try {
				Image image = Image.getInstance(Files.readAllBytes(file));
				image.scaleToFit(Units.pt(box.w()), Units.pt(box.h()));
				float x = boxLeft(box) + (Units.pt(box.w()) - image.getScaledWidth()) / 2;
				float y = boxTop(box) - Units.pt(box.h()) + (Units.pt(box.h()) - image.getScaledHeight()) / 2;
				image.setAbsolutePosition(x, y);
				canvas.addImage(image);
				return;
			} catch (IOException | BadElementException e) {
				throw PrintException.because(e, "photo.unreadable", file, e.getMessage());
			}
		}
		canvas.saveState();
		canvas.setColorFill(new Color(0xE6, 0xE6, 0xE6));
		canvas.rectangle(boxLeft(box), boxTop(box) - Units.pt(box.h()), Units.pt(box.w()), Units.pt(box.h()));
		canvas.fill();
		canvas.restoreState();
		outline(box, 0.3f, Color.GRAY);
		Box upper = new Box(box.x(), box.y() + box.h() * 0.3, box.w(), box.h() * 0.2, 6f, 4f, 1, null, false);
		Box lower = new Box(box.x(), box.y() + box.h() * 0.5, box.w(), box.h() * 0.2, 5f, 3.5f, 1, null, false);
		text(upper, "写真なし", Element.ALIGN_CENTER);
		text(lower, "NO PHOTO", Element.ALIGN_CENTER);
	}

	/** A QR code carrying {@code content}, drawn as vector squares filling the box. */
	void qr(Box box, String content) {
		BitMatrix matrix;
		try {
			Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
			hints.put(EncodeHintType.MARGIN, 0);
			hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
			matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints);
		} catch (WriterException e) {
			throw PrintException.because(e, "qr.failed");
		}
		float module = Math.min(Units.pt(box.w()), Units.pt(box.h())) / matrix.getWidth();
		float top = boxTop(box);
		float x0 = boxLeft(box);
		canvas.saveState();
		canvas.setColorFill(Color.BLACK);
		for (int y = 0; y < matrix.getHeight(); y++) {
			for (int x = 0; x < matrix.getWidth(); x++) {
				if (matrix.get(x, y)) {
					canvas.rectangle(x0 + x * module, top - (y + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}

	/** A window cut out of a masking card: outlined as a cut line and marked. */
	void window(Box box) {
		canvas.saveState();
		canvas.setLineWidth(0.5f);
		canvas.setColorStroke(Color.BLACK);
		canvas.setLineDash(1.5f, 1f, 0f);
		canvas.rectangle(boxLeft(box), boxTop(box) - Units.pt(box.h()), Units.pt(box.w()), Units.pt(box.h()));
		canvas.stroke();
		canvas.restoreState();
		Box mark = new Box(box.x(), box.y() + box.h() / 2 - 1.5, box.w(), 3, 4.5f, 3f, 1, null, false);
		text(mark, "（切り抜き）", Element.ALIGN_CENTER);
	}

	/** "見本 / SPECIMEN" across the face, so that a proof can never pass for a card. */
	void specimen() {
		canvas.saveState();
		PdfGState translucent = new PdfGState();
		translucent.setFillOpacity(0.35f);
		canvas.setGState(translucent);
		canvas.setColorFill(new Color(0xCC, 0x00, 0x00));
		canvas.beginText();
		canvas.setFontAndSize(font, 24f);
		float centerX = left + Units.pt(layout.width()) / 2;
		float centerY = bottom + Units.pt(layout.height()) / 2;
		canvas.showTextAligned(Element.ALIGN_CENTER, "見本 / SPECIMEN", centerX, centerY - 8f, 25f);
		canvas.endText();
		canvas.restoreState();
	}
}
