package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.PickupNotices;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;

class PickupNoticesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(),
				RegisterClock.fixedAt(TODAY));
	}

	@AfterEach
	void close() {
		register.close();
	}

	private long residentWithCard(String family, String number, boolean ready) {
		long id = register.residents().register(People.resident(family, "花子", "ヤマダ", "ハナコ", LocalDate.of(1980, 10, 10), number));
		long card = register.cards().apply(id, LocalDate.of(2026, 10, 1), ApplicationChannel.ONLINE);
		register.cards().recordProduction(card, "AB" + number.substring(0, 10), LocalDate.of(2026, 11, 1));
		if (ready) {
			register.cards().readyForPickup(card);
		}
		return id;
	}

	private static String text(Path pdf) throws Exception {
		Process pdftotext = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, pdftotext.waitFor(), text);
		return text;
	}

	@Test
	void aLetterForEachCardReadyForPickupIsPrintedAndAudited() throws Exception {
		long ready = residentWithCard("山田", "123456789018", true);
		residentWithCard("佐藤", "023456789013", false);
		Path pdf = folder.resolve("notices.pdf");
		assertEquals(1, register.pickupNotices().print(new PickupNotices.Request(null, "区民課 3番窓口", LocalDate.of(2027, 1, 29)), pdf, Progress.NONE));
		String letter = text(pdf);
		assertTrue(letter.contains("山田"), letter);
		assertFalse(letter.contains("佐藤"), "a card not yet ready gets no notice: " + letter);
		assertTrue(letter.contains("令和9年1月29日"), letter);
		assertTrue(letter.contains("東京都千代田区丸の内1丁目1番1号"), letter);
		List<AuditEntry> printed = register.queries().audit(null, null, 100).stream()
				.filter(entry -> entry.operation().equals("print-pickup-notice")).toList();
		assertEquals(List.of(ready), printed.stream().map(AuditEntry::residentId).toList());
		String number = printed.get(0).detail().substring("notice ".length(), "notice ".length() + 10);
		assertTrue(number.matches("\\d{10}"), printed.get(0).detail());
		assertTrue(letter.contains("通知番号 " + number), letter);
	}

	@Test
	void theDaysBatchOnlyAndADefaultDeadlineSixtyDaysAhead() throws Exception {
		residentWithCard("山田", "123456789018", true);
		Path pdf = folder.resolve("batch.pdf");
		assertEquals(1, register.pickupNotices().print(new PickupNotices.Request(TODAY, null, null), pdf, Progress.NONE));
		assertTrue(text(pdf).contains("令和9年1月26日"), "60 days after 2026-11-27");
		assertEquals(LocalDate.of(2027, 1, 26), register.pickupNotices().defaultDeadline(), "what the workbench offers");
		ServiceException none = assertThrows(ServiceException.class,
				() -> register.pickupNotices().print(new PickupNotices.Request(TODAY.minusDays(1), null, null), folder.resolve("none.pdf"),
						Progress.NONE));
		assertEquals("print.nothing", none.problem().key());
		assertFalse(Files.exists(folder.resolve("none.pdf")));
	}

	@Test
	void aDeadlineInThePastOrAWindowWithAControlCharacterIsRefusedAndNothingIsWritten() {
		residentWithCard("山田", "123456789018", true);
		Path pdf = folder.resolve("refused.pdf");
		ServiceException past = assertThrows(ServiceException.class,
				() -> register.pickupNotices().print(new PickupNotices.Request(null, null, TODAY.minusDays(1)), pdf, Progress.NONE));
		assertEquals("print.deadlinePassed", past.problem().key());
		ServiceException control = assertThrows(ServiceException.class,
				() -> register.pickupNotices().print(new PickupNotices.Request(null, "窓口\u001b", null), pdf, Progress.NONE));
		assertTrue(control.problem().english().contains("pickup counter"), control.problem().english());
		assertFalse(Files.exists(pdf));
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("print-pickup-notice")));
	}

	@Test
	void theProgressCountsTheLettersAndACancelLeavesNeitherTheFileNorAuditEntries() {
		residentWithCard("山田", "123456789018", true);
		residentWithCard("佐藤", "023456789013", true);
		List<Long> done = new ArrayList<>();
		Path pdf = folder.resolve("cancelled.pdf");
		ServiceException cancelled = assertThrows(ServiceException.class,
				() -> register.pickupNotices().print(new PickupNotices.Request(null, null, null), pdf, new Progress() {
					@Override
					public void worked(long printed, long total) {
						assertEquals(2, total);
						done.add(printed);
					}

					@Override
					public boolean isCanceled() {
						return !done.isEmpty();
					}
				}));
		assertEquals("print.cancelled", cancelled.problem().key());
		assertEquals(List.of(1L), done, "the first letter was counted, then the cancel stopped the second");
		assertFalse(Files.exists(pdf));
		assertTrue(register.queries().audit(null, null, 100).stream().noneMatch(entry -> entry.operation().equals("print-pickup-notice")));
	}
}
