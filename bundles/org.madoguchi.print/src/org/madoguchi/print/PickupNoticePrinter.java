package org.madoguchi.print;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.madoguchi.model.values.JapaneseDates;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Pickup notices (交付通知書): one A4 letter per card waiting at the counter, to be folded in three
 * and mailed in a 長形3号 window envelope, so the address block is printed where the window is.
 */
public final class PickupNoticePrinter {

	/**
	 * The area of the A4 page (millimetres from its top-left corner) that the window of a 長形3号
	 * envelope uncovers when the letter is folded in three with its top third outwards: the
	 * envelope's 90 × 45 mm address window (the postal rules ask for at least 80 × 45 mm).
	 */
	public static final Box ADDRESS_WINDOW = new Box(20, 20, 90, 45, 0, 0, 0, null, false);

	/** Text keeps this far from the window's edges: the letter moves a little in its envelope. */
	static final double WINDOW_MARGIN = 4;

	private static final float PAGE_HEIGHT = PageSize.A4.getHeight();
	private static final double LEFT = 20;
	/** A third of the A4 page's height: the letter's folds. */
	private static final double FOLD = 99;
	private static final double TEXT_WIDTH = 170;

	private static final List<String> TO_BRING = List.of("この交付通知書", "本人確認書類（運転免許証、パスポートなど顔写真付きのものは1点、それ以外は2点）",
			"通知カード（お持ちの方）", "住民基本台帳カード（お持ちの方）", "お手元のマイナンバーカード（更新の方）");

	/** Writes one page per notice; returns each page's subject (resident ID), in page order. */
	public List<List<Long>> print(List<PickupNotice> notices, OutputStream out) {
		return print(notices, out, printed -> {
			// nobody is watching
		});
	}

	/**
	 * Writes one page per notice, telling {@code printed} after each letter how many are done; it
	 * may throw to stop (the user cancelled). Returns each page's subject (resident ID), in page order.
	 */
	public List<List<Long>> print(List<PickupNotice> notices, OutputStream out, IntConsumer printed) {
		Document document = new Document(PageSize.A4, 0, 0, 0, 0);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setFullCompression();
		document.addTitle("Madoguchi");
		document.addCreator("Madoguchi");
		document.open();
		List<List<Long>> subjects = new ArrayList<>();
		for (PickupNotice notice : notices) {
			if (!subjects.isEmpty()) {
				document.newPage();
			}
			letter(writer.getDirectContent(), notice);
			subjects.add(List.of(notice.residentId()));
			printed.accept(subjects.size());
		}
		document.close();
		return subjects;
	}

	private static void letter(PdfContentByte canvas, PickupNotice notice) {
		BaseFont font = Fonts.gothic();
		foldMarks(canvas);
		addressBlock(canvas, font, notice);
		line(canvas, font, 130, 20, "通知番号 " + notice.noticeNumber(), 10, Element.ALIGN_LEFT);
		line(canvas, font, 130, 27, notice.office(), 10, Element.ALIGN_LEFT);
		line(canvas, font, LEFT, FOLD + 8, "個人番号カード交付通知書", 18, Element.ALIGN_LEFT);
		double y = FOLD + 22;
		for (String text : List.of(notice.name() + " 様",
				"ご申請いただいた個人番号カード（マイナンバーカード）の準備ができましたので、お知らせします。",
				"下記の期限までに、ご本人が窓口へお越しください。カードの受け取りの際に暗証番号を設定していただきます。")) {
			y = paragraph(canvas, font, y, text, 11);
		}
		y += 4;
		line(canvas, font, LEFT, y, "受取期限　" + JapaneseDates.eraKanji(notice.deadline()) + "（" + JapaneseDates.westernKanji(notice.deadline()) + "）", 12,
				Element.ALIGN_LEFT);
		y += 8;
		line(canvas, font, LEFT, y, "受取場所　" + notice.office() + (notice.window() == null ? "" : "　" + notice.window()), 12, Element.ALIGN_LEFT);
		y += 12;
		line(canvas, font, LEFT, y, "お持ちいただくもの", 12, Element.ALIGN_LEFT);
		y += 7;
		int item = 1;
		for (String thing : TO_BRING) {
			y = paragraph(canvas, font, y, item++ + ". " + thing, 11);
		}
		y += 4;
		paragraph(canvas, font, y, "期限までにお越しになれない場合は、" + notice.office() + "へご連絡ください。期限を過ぎたカードは廃棄することがあります。", 10);
	}

	/** Short ticks in the left margin where the letter is folded in three (at 99 and 198 mm). */
	private static void foldMarks(PdfContentByte canvas) {
		canvas.setLineWidth(0.3f);
		for (double fold : new double[] { FOLD, 2 * FOLD }) {
			canvas.moveTo(0, PAGE_HEIGHT - Units.pt(fold));
			canvas.lineTo(Units.pt(5), PAGE_HEIGHT - Units.pt(fold));
		}
		canvas.stroke();
	}

	/** The postal code, address and name, inside the envelope's window with room to move. */
	private static void addressBlock(PdfContentByte canvas, BaseFont font, PickupNotice notice) {
		double left = ADDRESS_WINDOW.x() + WINDOW_MARGIN;
		double top = ADDRESS_WINDOW.y() + WINDOW_MARGIN;
		double width = ADDRESS_WINDOW.w() - 2 * WINDOW_MARGIN;
		String postal = notice.postalCode() == null ? "" : "〒" + notice.postalCode().substring(0, 3) + "-" + notice.postalCode().substring(3);
		fitted(canvas, font, postal, left, top, width, 6, new Box(0, 0, 0, 0, 10, 10, 1, null, false));
		fitted(canvas, font, notice.address(), left, top + 7, width, 16, new Box(0, 0, 0, 0, 11, 8, 3, null, false));
		fitted(canvas, font, notice.name() + " 様", left, top + 25, width, 10, new Box(0, 0, 0, 0, 14, 9, 1, null, false));
	}

	private static void fitted(PdfContentByte canvas, BaseFont font, String text, double left, double top, double width, double height,
			Box sizes) {
		FittedText.Setting setting = FittedText.fit(font, text, Units.pt(width), Units.pt(height), sizes);
		FittedText.draw(canvas, font, setting, Units.pt(left), PAGE_HEIGHT - Units.pt(top), Units.pt(height), Element.ALIGN_LEFT);
	}

	/** One line whose top is {@code top} mm below the page's top. */
	private static void line(PdfContentByte canvas, BaseFont font, double left, double top, String text, float size, int alignment) {
		canvas.beginText();
		canvas.setFontAndSize(font, size);
		canvas.showTextAligned(alignment, text, Units.pt(left), PAGE_HEIGHT - Units.pt(top) - size, 0);
		canvas.endText();
	}

	/** Text wrapped over the letter's width, at its size; returns where the next paragraph begins (mm). */
	private static double paragraph(PdfContentByte canvas, BaseFont font, double top, String text, float size) {
		FittedText.Setting setting = FittedText.fit(font, text, Units.pt(TEXT_WIDTH), 4 * size * FittedText.LEADING,
				new Box(0, 0, 0, 0, size, size, 4, null, false));
		float height = setting.lines().size() * size * FittedText.LEADING;
		FittedText.draw(canvas, font, setting, Units.pt(LEFT), PAGE_HEIGHT - Units.pt(top), height, Element.ALIGN_LEFT);
		return top + height / Units.POINTS_PER_MM + 2;
	}
}
