package org.madoguchi.print.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.print.Box;
import org.madoguchi.print.PickupNotice;
import org.madoguchi.print.PickupNoticePrinter;

/** Pickup notices read back as the post office and the resident see them. */
class PickupNoticePrinterTest {

	private static final double POINTS_PER_MM = 72 / 25.4;
	private static final Box WINDOW = PickupNoticePrinter.ADDRESS_WINDOW;

	@TempDir
	Path folder;

	private static PickupNotice notice(long id, String name, String address) {
		return new PickupNotice(id, "0000000018", "1000005", address, name, "千代田区役所", "区民課 3番窓口", LocalDate.of(2027, 1, 29));
	}

	private Path print(List<PickupNotice> notices) throws Exception {
		Path pdf = folder.resolve("notices.pdf");
		try (OutputStream out = Files.newOutputStream(pdf)) {
			assertEquals(notices.stream().map(notice -> List.of(notice.residentId())).toList(), new PickupNoticePrinter().print(notices, out));
		}
		return pdf;
	}

	private static boolean insideWindow(Poppler.Word word) {
		return word.xMin() >= WINDOW.x() * POINTS_PER_MM && word.xMax() <= (WINDOW.x() + WINDOW.w()) * POINTS_PER_MM
				&& word.yMin() >= WINDOW.y() * POINTS_PER_MM && word.yMax() <= (WINDOW.y() + WINDOW.h()) * POINTS_PER_MM;
	}

	@Test
	void theAddressBlockLiesInsideTheEnvelopeWindowAndNothingElseDoes() throws Exception {
		Path pdf = print(List.of(notice(7, "山田　花子", "東京都千代田区丸の内1丁目1番1号　窓口ハイツ101"),
				notice(8, "SMITH JOHN（通称 スミス ジョン）", "東京都千代田区千代田1丁目1番1号")));
		String info = Poppler.run("pdfinfo", pdf.toString());
		assertTrue(info.contains("Pages:           2"), info);
		assertTrue(info.contains("Page size:       595 x 842 pts (A4)"), info);
		List<Poppler.Word> words = Poppler.words(pdf, 1);
		Set<String> inWindow = words.stream().filter(PickupNoticePrinterTest::insideWindow).map(Poppler.Word::text).collect(Collectors.toSet());
		assertEquals(Set.of("〒100-0005", "東京都千代田区丸の内1丁目1番1号", "窓口ハイツ101", "山田", "花子", "様"), inWindow);
		String letter = Poppler.text(pdf, 1).replaceAll("[\\s\u3000]+", "");
		for (String expected : List.of("個人番号カード交付通知書", "通知番号0000000018", "受取期限", "令和9年1月29日", "千代田区役所区民課3番窓口",
				"お持ちいただくもの", "本人確認書類")) {
			assertTrue(letter.contains(expected), expected + " in\n" + letter);
		}
		List<String> secondWindow = Poppler.words(pdf, 2).stream().filter(PickupNoticePrinterTest::insideWindow).map(Poppler.Word::text)
				.toList();
		assertTrue(secondWindow.contains("東京都千代田区千代田1丁目1番1号"), secondWindow.toString());
	}

	@Test
	void theRenderedLetterShowsTheAddressThroughTheWindowWithRoomToMove() throws Exception {
		Path png = Poppler.render(print(List.of(notice(7, "山田　花子", "東京都千代田区丸の内1丁目1番1号"))), 1, 100, folder);
		BufferedImage page = ImageIO.read(png.toFile());
		double pixelsPerMm = 100 / 25.4;
		assertEquals(827, page.getWidth(), 2);
		long insideInk = 0;
		long edgeInk = 0;
		for (int x = (int) (WINDOW.x() * pixelsPerMm); x < (WINDOW.x() + WINDOW.w()) * pixelsPerMm; x++) {
			for (int y = (int) (WINDOW.y() * pixelsPerMm); y < (WINDOW.y() + WINDOW.h()) * pixelsPerMm; y++) {
				int rgb = page.getRGB(x, y);
				boolean ink = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 300;
				double fromEdge = Math.min(Math.min(x / pixelsPerMm - WINDOW.x(), WINDOW.x() + WINDOW.w() - x / pixelsPerMm),
						Math.min(y / pixelsPerMm - WINDOW.y(), WINDOW.y() + WINDOW.h() - y / pixelsPerMm));
				insideInk += ink ? 1 : 0;
				edgeInk += ink && fromEdge < 2 ? 1 : 0;
			}
		}
		assertTrue(insideInk > 800, "the address shows through the window: " + insideInk + " dark pixels");
		assertEquals(0, edgeInk, "nothing is printed within 2 mm of the window's edges, where the letter may slip");
	}
}
