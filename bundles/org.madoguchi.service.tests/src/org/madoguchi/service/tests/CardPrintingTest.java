package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.Resident;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.Sheet;

class CardPrintingTest {

	@TempDir
	Path folder;

	private Register register;
	private CardPrinting printing;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), TestDay.CLOCK);
		printing = register.printing();
	}

	@AfterEach
	void close() {
		register.close();
	}

	private long residentWithReadyCard(String family, String number) {
		long id = register.residents().register(People.resident(family, "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 10, 10), number));
		long card = register.cards().apply(id, LocalDate.of(2024, 4, 1), ApplicationChannel.ONLINE);
		register.cards().recordProduction(card, "AB" + number.substring(0, 10), LocalDate.of(2024, 5, 1));
		register.cards().readyForPickup(card);
		return id;
	}

	@Test
	void printsTheRequestedResidentsCardsAndAuditsEachOne() throws Exception {
		long first = residentWithReadyCard("山田", "123456789018");
		long second = residentWithReadyCard("佐藤", "023456789013");
		Path pdf = folder.resolve("cards.pdf");
		assertEquals(2, printing.printCards(new CardPrinting.Selection(List.of(second, first), null, false), Sheet.CARD, false, pdf,
				Progress.NONE));
		assertTrue(Files.size(pdf) > 10_000);
		List<AuditEntry> trail = register.queries().audit(null, null, 100);
		List<Long> printed = trail.stream().filter(entry -> entry.operation().equals("print-card")).map(AuditEntry::residentId).toList();
		assertEquals(List.of(second, first), printed);
	}

	@Test
	void anAddressThatCarriesOnlyItsCodeIsPrintedWithTheMunicipalityAndItsHeadAsIssuer() throws Exception {
		Resident resident = People.resident("山田", "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 10, 10), "123456789018");
		resident.getAddresses().get(0).getAddress().setMunicipalityName(null);
		long id = register.residents().register(resident);
		long card = register.cards().apply(id, LocalDate.of(2024, 4, 1), ApplicationChannel.ONLINE);
		register.cards().recordProduction(card, "AB1234567890", LocalDate.of(2024, 5, 1));
		register.cards().readyForPickup(card);
		Path pdf = folder.resolve("card.pdf");
		printing.printCards(new CardPrinting.Selection(List.of(id), null, false), Sheet.CARD, false, pdf, Progress.NONE);
		Process pdftotext = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s", "");
		assertEquals(0, pdftotext.waitFor());
		assertTrue(text.contains("東京都千代田区丸の内1丁目1番1号"), text);
		assertTrue(text.contains("千代田区長"), text);
	}

	@Test
	void previewDrawsTheFirstCardAsPrintedAndWritesNoFile() throws Exception {
		long first = residentWithReadyCard("山田", "123456789018");
		residentWithReadyCard("佐藤", "023456789013");
		byte[] png = printing.preview(new CardPrinting.Selection(null, null, true), true, 110);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		// 85.6 × 54 mm at 110 dpi
		assertEquals(371, image.getWidth(), 2);
		assertEquals(234, image.getHeight(), 2);
		long dark = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				int rgb = image.getRGB(x, y);
				dark += ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 300 ? 1 : 0;
			}
		}
		assertTrue(dark > 500, "the card's text and photo frame are drawn: " + dark + " dark pixels");
		try (var files = Files.list(folder)) {
			assertEquals(List.of("db"), files.map(file -> file.getFileName().toString()).toList(), "a preview writes no PDF");
		}
		List<AuditEntry> previews = register.queries().audit(null, null, 100).stream()
				.filter(entry -> entry.operation().equals("print-preview")).toList();
		assertEquals(List.of(first), previews.stream().map(AuditEntry::residentId).toList(), "only the first card is drawn");
	}

	@Test
	void readyCardsAndTheDaysBatchAreSelectable() {
		long first = residentWithReadyCard("山田", "123456789018");
		assertEquals(1, printing.printCards(new CardPrinting.Selection(null, null, true), Sheet.A4, true, folder.resolve("ready.pdf"),
				Progress.NONE));
		assertEquals(1, printing.printCards(new CardPrinting.Selection(null, register.today(), false), Sheet.CARD, false,
				folder.resolve("batch.pdf"), Progress.NONE));
		ServiceException none = assertThrows(ServiceException.class, () -> printing.printCards(
				new CardPrinting.Selection(null, LocalDate.of(2000, 1, 1), false), Sheet.CARD, false, folder.resolve("none.pdf"),
				Progress.NONE));
		assertEquals("print.nothing", none.problem().key());
		assertTrue(first > 0);
	}

	@Test
	void aResidentWithoutACardStopsTheBatchAndNothingIsWritten() {
		long first = residentWithReadyCard("山田", "123456789018");
		long cardless = register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 1, 1), "023456789013"));
		Path pdf = folder.resolve("cards.pdf");
		ServiceException refused = assertThrows(ServiceException.class,
				() -> printing.printCards(new CardPrinting.Selection(List.of(first, cardless), null, false), Sheet.CARD, false, pdf,
						Progress.NONE));
		assertEquals("print.noCard", refused.problem().key());
		assertFalse(Files.exists(pdf));
	}

	@Test
	void cancellingAfterTheFirstCardLeavesNoFileAndNoAuditEntry() throws Exception {
		long first = residentWithReadyCard("山田", "123456789018");
		long second = residentWithReadyCard("佐藤", "023456789013");
		Path pdf = folder.resolve("cards.pdf");
		CancelAfter cancelAfterFirst = new CancelAfter(1);
		ServiceException cancelled = assertThrows(ServiceException.class,
				() -> printing.printCards(new CardPrinting.Selection(List.of(first, second), null, false), Sheet.CARD, false, pdf,
						cancelAfterFirst));
		assertEquals("Printing was cancelled; no file was written.", cancelled.getMessage());
		assertEquals(List.of(1L), cancelAfterFirst.reported());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("db"), files.map(file -> file.getFileName().toString()).toList(), "neither the PDF nor its draft");
		}
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("print-card")));
	}
}
