package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.CardView.CertificateState;
import org.madoguchi.service.CardView;
import org.madoguchi.service.DailyRun;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;

/** The nightly run: a card whose last valid day has passed becomes expired, once. */
class DailyRunTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), RegisterClock.fixedAt(TODAY));
	}

	@AfterEach
	void close() {
		register.close();
	}

	/** An issued card of a holder born on {@code birth}, issued 2016-12-01: valid until the 10th birthday after. */
	private long issuedCard(String family, LocalDate birth, String number, String serial) {
		long resident = register.residents().register(People.resident(family, "一", "ヤマダ", "ハジメ", birth, number));
		long card = register.cards().apply(resident, LocalDate.of(2016, 11, 1), ApplicationChannel.COUNTER);
		register.cards().recordProduction(card, serial, LocalDate.of(2016, 12, 1));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		return card;
	}

	@Test
	void aCardExpiresTheDayAfterItsLastValidDay() {
		long pastItsDay = issuedCard("山田", LocalDate.of(1980, 11, 19), "123456789018", "AA0000000001");
		long lastDayToday = issuedCard("川田", LocalDate.of(1980, 11, 20), "023456789013", "AA0000000002");
		assertEquals(LocalDate.of(2026, 11, 19), register.cards().view(pastItsDay).expiresOn());
		assertEquals(TODAY, register.cards().view(lastDayToday).expiresOn());

		DailyRun.Result first = register.daily().run(TODAY);
		assertEquals(List.of(pastItsDay), first.changes().stream().map(DailyRun.Change::cardId).toList());
		assertEquals(TODAY, first.changes().get(0).on());
		CardView expired = register.cards().view(pastItsDay);
		assertEquals(CardStatus.EXPIRED, expired.status());
		assertTrue(expired.certificates().stream().allMatch(certificate -> certificate.state() == CertificateState.REVOKED
				&& "card expired".equals(certificate.revocationReason())), expired.toString());
		assertEquals(CardStatus.ISSUED, register.cards().view(lastDayToday).status(), "valid through its last day");

		assertEquals(List.of(), register.daily().run(TODAY).changes(), "a second run the same day changes nothing");
	}

	@Test
	void everyCardOfARunEndsWithItsCertificatesAndOneAuditEntryEachInCardOrder() {
		long first = issuedCard("青山", LocalDate.of(1980, 11, 1), "314159265352", "DL0000000001");
		long lost = issuedCard("赤井", LocalDate.of(1980, 9, 15), "271828182840", "DL0000000002");
		long third = issuedCard("白石", LocalDate.of(1980, 11, 18), "161803398872", "DL0000000003");
		register.cards().suspend(lost, "lost on a train");

		DailyRun.Result run = register.daily().run(TODAY);
		assertEquals(List.of(first, lost, third), run.changes().stream().map(DailyRun.Change::cardId).toList());
		assertEquals(List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 11, 19)),
				run.changes().stream().map(DailyRun.Change::on).toList(), "each the day after its own last valid day");
		assertEquals(List.of("DL0000000001", "DL0000000002", "DL0000000003"), run.changes().stream().map(DailyRun.Change::serial).toList());
		List<Long> holders = List.of(first, lost, third).stream().map(card -> register.cards().view(card).residentId()).toList();
		assertEquals(holders, run.changes().stream().map(DailyRun.Change::residentId).toList());
		for (long card : List.of(first, third)) {
			CardView expired = register.cards().view(card);
			assertEquals(CardStatus.EXPIRED, expired.status());
			LocalDate on = expired.expiresOn().plusDays(1);
			assertTrue(expired.certificates().stream().allMatch(certificate -> on.equals(certificate.revokedOn())
					&& "card expired".equals(certificate.revocationReason())), expired.toString());
		}
		assertEquals(CardStatus.EXPIRED, register.cards().view(lost).status(), "a suspended card is held, and expires too");

		List<AuditEntry> expiries = register.queries().audit(null, null, 1000).stream().filter(entry -> entry.operation().equals("expired"))
				.toList();
		assertEquals(List.of("card " + first + " valid until 2026-11-01", "card " + lost + " valid until 2026-09-15",
				"card " + third + " valid until 2026-11-18"), expiries.stream().map(AuditEntry::detail).toList());
		assertEquals(holders, expiries.stream().map(AuditEntry::residentId).toList());
		assertTrue(register.auditIntegrity().verify().intact(), "the entries of a batch continue the chain");
	}

	@Test
	void aMissedNightIsCaughtUpButTheFutureIsRefused() {
		long card = issuedCard("山田", LocalDate.of(1980, 10, 10), "123456789018", "AA0000000003");
		DailyRun.Result caughtUp = register.daily().run(TODAY.minusDays(10));
		assertEquals(LocalDate.of(2026, 10, 11), caughtUp.changes().get(0).on(), "expired the day after 2026-10-10, whenever the run comes");
		assertEquals(CardStatus.EXPIRED, register.cards().view(card).status());
		ServiceException future = assertThrows(ServiceException.class, () -> register.daily().run(TODAY.plusDays(1)));
		assertEquals("The daily run cannot be for 2026-11-21: the register's today is 2026-11-20.", future.getMessage());
	}
}
