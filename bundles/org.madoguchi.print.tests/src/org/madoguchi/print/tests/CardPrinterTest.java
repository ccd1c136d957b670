package org.madoguchi.print.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.print.Box;
import org.madoguchi.print.CardFace;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.CardPrinter;
import org.madoguchi.print.MaskingFace;
import org.madoguchi.print.MaskingPrinter;
import org.madoguchi.print.Sheet;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CardPrinterTest {

	private static final CardLayout LAYOUT = CardLayout.standard();

	@TempDir
	Path folder;

	private static CardFace card(long id, String name, String address, String number) {
		return new CardFace(id, name, address, "昭和55年10月10日生", "女", "2029年10月10日まで有効", "2025年10月10日", "千代田区長", null, number,
				"AB0000000001");
	}

	private Path print(List<CardFace> cards, Sheet sheet, boolean proof, List<List<Long>> subjects) throws Exception {
		Path pdf = folder.resolve("cards.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			subjects.addAll(new CardPrinter(LAYOUT).print(cards, sheet, proof, out));
		}
		return pdf;
	}

	@Test
	void cardSheetHasAnId1PagePerSideWithTheJapaneseFontEmbedded() throws Exception {
		List<List<Long>> subjects = new ArrayList<>();
		Path pdf = print(List.of(card(7, "髙橋　﨑子", "東京都千代田区千代田1丁目1番1号", "123456789018"),
				card(8, "山田　花子", "東京都千代田区丸の内2丁目3番4号", "023456789013")), Sheet.CARD, false, subjects);
		assertEquals(List.of(List.of(7L), List.of(7L), List.of(8L), List.of(8L)), subjects);
		String info = Poppler.run("pdfinfo", pdf.toString());
		assertTrue(info.contains("Pages:           4"), info);
		assertTrue(info.contains("Page size:       242.65 x 153.01 pts"), info);
		List<String> fonts = Poppler.fonts(pdf);
		assertEquals(1, fonts.size(), fonts.toString());
		assertTrue(fonts.get(0).matches("[A-Z]{6}\\+IPAexGothic\\s+CID TrueType\\s+Identity-H\\s+yes yes yes.*"), fonts.get(0));
		String front = Poppler.text(pdf, 1).replaceAll("\\s", "");
		assertTrue(front.contains("髙橋﨑子"), front);
		assertTrue(front.contains("2029年10月10日まで有効"), front);
		assertTrue(front.contains("写真なし"), front);
		String back = Poppler.text(pdf, 2);
		assertTrue(back.contains("1234 5678 9018"), back);
		assertTrue(Poppler.text(pdf, 4).contains("0234 5678 9013"));
	}

	@Test
	void qrCodeOnTheBackCarriesTheTwelveDigits() throws Exception {
		Path pdf = print(List.of(card(7, "山田　花子", "東京都", "1234-5678-9018")), Sheet.CARD, false, new ArrayList<>());
		BufferedImage image = ImageIO.read(Poppler.render(pdf, 2, 300, folder).toFile());
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		assertEquals("123456789018", new QRCodeReader().decode(bitmap).getText());
	}

	@Test
	void longNamesAndAddressesStayInsideTheirBoxes() throws Exception {
		String longName = "長谷川部勘解由小路左衛門三郎右衛門之介　寿限無寿限無五劫の擦り切れ海砂利水魚";
		String longAddress = "北海道札幌市中央区北一条西二丁目一番地の一　札幌市役所本庁舎別館第三会議棟北側ウイング十八階一八〇一号室特別応接室";
		Path pdf = print(List.of(card(7, longName, longAddress, "123456789018")), Sheet.CARD, false, new ArrayList<>());
		BufferedImage front = ImageIO.read(Poppler.render(pdf, 1, 300, folder).toFile());
		Box name = LAYOUT.front().get("name");
		Box address = LAYOUT.front().get("address");
		Box photo = LAYOUT.front().get("photo");
		// The gap between the text boxes and the photo holds nothing: no text ran over.
		assertBlank(front, name.x() + name.w() + 0.2, photo.x() - 0.2, name.y(), address.y() + address.h());
		// Nor does the band below the address box, above the birth date.
		Box birth = LAYOUT.front().get("birthDate");
		assertBlank(front, address.x(), address.x() + address.w(), address.y() + address.h() + 0.1, birth.y() - 0.1);
		String text = Poppler.text(pdf, 1).replaceAll("\\s", "");
		assertTrue(text.contains("長谷川部勘解由小路"), text);
	}

	@Test
	void a4SheetsHoldTenCardsWithBacksMirroredForDuplex() throws Exception {
		List<CardFace> cards = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			cards.add(card(100 + i, "住民　" + i, "東京都", i == 0 ? "123456789018" : "023456789013"));
		}
		List<List<Long>> subjects = new ArrayList<>();
		Path pdf = print(cards, Sheet.A4, true, subjects);
		assertEquals(4, subjects.size());
		assertEquals(10, subjects.get(0).size());
		assertEquals(subjects.get(0), subjects.get(1));
		assertEquals(List.of(110L, 111L), subjects.get(2));
		String info = Poppler.run("pdfinfo", pdf.toString());
		assertTrue(info.contains("Page size:       595 x 842 pts (A4)"), info);
		// The first card is top left on the fronts and top right on the backs.
		assertTrue(Poppler.text(pdf, 1, 0, 0, 297, 200).replaceAll("\\s", "").contains("住民0"));
		String backTopRight = Poppler.text(pdf, 2, 298, 0, 297, 200);
		assertTrue(backTopRight.contains("1234 5678 9018"), backTopRight);
		String raw = Poppler.run("pdftotext", "-f", "1", "-l", "1", "-raw", pdf.toString(), "-");
		assertEquals(10, raw.split("SPECIMEN", -1).length - 1, "a watermark on every card");
	}

	@Test
	void maskingCardWindowsAreTheCardsPhotoAndNameBoxes() throws Exception {
		MaskingPrinter printer = new MaskingPrinter(LAYOUT);
		assertSame(LAYOUT.front().get("photo"), printer.windows().get(0));
		assertSame(LAYOUT.front().get("name"), printer.windows().get(1));
		Path pdf = folder.resolve("masking.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			assertEquals(List.of(List.of(5L)), printer.print(List.of(new MaskingFace(5, "MOJ-0001", "法務省", "大臣官房", "係長")), Sheet.CARD, out));
		}
		String text = Poppler.text(pdf, 1);
		assertTrue(text.contains("法務省"), text);
		assertTrue(text.contains("署名"), text);
		// The photo window's dashed edge lies exactly where the card's photo box is.
		BufferedImage image = ImageIO.read(Poppler.render(pdf, 1, 300, folder).toFile());
		Box photo = LAYOUT.front().get("photo");
		int edgeX = px(photo.x());
		int darkOnEdge = 0;
		for (int y = px(photo.y()) + 5; y < px(photo.y() + photo.h()) - 5; y++) {
			darkOnEdge += isDark(image.getRGB(edgeX, y)) || isDark(image.getRGB(edgeX + 1, y)) || isDark(image.getRGB(edgeX - 1, y)) ? 1 : 0;
		}
		assertTrue(darkOnEdge > 50, "the window edge is drawn along the photo box: " + darkOnEdge);
	}

	private static void assertBlank(BufferedImage image, double x1, double x2, double y1, double y2) {
		for (int x = px(x1); x < px(x2); x++) {
			for (int y = px(y1); y < px(y2); y++) {
				assertTrue(!isDark(image.getRGB(x, y)), "ink at " + x + "," + y);
			}
		}
	}

	private static int px(double mm) {
		return (int) Math.round(mm / 25.4 * 300);
	}

	private static boolean isDark(int rgb) {
		int r = (rgb >> 16) & 0xff;
		int g = (rgb >> 8) & 0xff;
		int b = rgb & 0xff;
		return r + g + b < 3 * 160;
	}
}
