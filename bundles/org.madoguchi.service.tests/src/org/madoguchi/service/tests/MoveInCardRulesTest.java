package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.Address;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.service.CardActions.Step;
import org.madoguchi.service.CardView;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DailyRun;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.MoveIn;
import org.madoguchi.service.MoveOut;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;

/**
 * A card brought at a move-in: it continues when notified within 14 days of moving in and 30 days
 * of the planned move-out, and then needs continued use within 90 days of the notification.
 */
class MoveInCardRulesTest {

	private static final LocalDate MOVED = LocalDate.of(2026, 6, 1);

	@TempDir
	Path folder;

	private Register register;

	@AfterEach
	void close() {
		register.close();
	}

	private Register registerOn(LocalDate today) {
		if (register != null) {
			register.close();
		}
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), RegisterClock.fixedAt(today));
		return register;
	}

	private static Resident newcomer() {
		Resident person = People.resident("山田", "一", "ヤマダ", "ハジメ", LocalDate.of(1980, 10, 10), "123456789018");
		person.getAddresses().clear();
		return person;
	}

	private static Address from(String municipalityCode) {
		Address previous = People.move("梅田", "1番1号", MOVED, NotificationKind.MOVE_OUT).getAddress();
		previous.setPrefecture("大阪府");
		previous.setMunicipalityCode(municipalityCode);
		previous.setMunicipalityName("大阪市北区");
		return previous;
	}

	/** A move-in on {@link #MOVED} with a card, notified on {@code notifiedOn}, out of the old address planned on {@code plannedOut}. */
	private ChangeOutcome moveIn(LocalDate plannedOut, LocalDate notifiedOn) {
		registerOn(notifiedOn).settings().setMunicipality("131016");
		return register.changes().moveIn(new MoveIn(newcomer(), People.move("神田", "2番3号", MOVED, NotificationKind.MOVE_IN).getAddress(),
				from("271276"), plannedOut, MOVED, notifiedOn, null, null,
				new BroughtCard("AB1234567890", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1), null)));
	}

	private CardView card(ChangeOutcome moved) {
		return register.cards().ofResident(moved.residentId()).get(0);
	}

	@Test
	void notifiedOnDay14TheCardContinuesWithContinuedUseDueIn90Days() {
		ChangeOutcome moved = moveIn(MOVED, MOVED.plusDays(14));
		assertEquals(CardStatus.ISSUED, card(moved).status());
		assertEquals(LocalDate.of(2026, 6, 15), card(moved).certificate(CertificateKind.SIGNATURE).orElseThrow().revokedOn(),
				"the address changed: the signature certificate lapses");
		assertNull(card(moved).certificate(CertificateKind.USER).orElseThrow().revokedOn());
		assertEquals("consequence.continues", moved.consequences().get(moved.consequences().size() - 1).key());
		assertEquals(List.of("世帯主"), register.queries().household(moved.residentId()).stream().map(member -> member.relationship()).toList());
	}

	@Test
	void notifiedOnDay15TheCardLapsesAtTheMoveIn() {
		ChangeOutcome moved = moveIn(MOVED, MOVED.plusDays(15));
		assertEquals(CardStatus.REVOKED, card(moved).status());
		assertEquals(1, moved.daysLate(), "a late move-in is accepted and flagged");
		assertEquals(MOVED.plusDays(15), card(moved).certificate(CertificateKind.USER).orElseThrow().revokedOn());
	}

	@Test
	void notifiedThirtyDaysAfterThePlannedMoveOutTheCardContinues() {
		assertEquals(CardStatus.ISSUED, card(moveIn(MOVED.minusDays(20), MOVED.plusDays(10))).status());
	}

	@Test
	void notifiedThirtyOneDaysAfterThePlannedMoveOutTheCardLapses() {
		assertEquals(CardStatus.REVOKED, card(moveIn(MOVED.minusDays(21), MOVED.plusDays(10))).status());
	}

	@Test
	void continuedUseOnDay90KeepsTheCardWithoutItTheCardLapsesOnDay91() {
		ChangeOutcome moved = moveIn(MOVED, MOVED);
		long cardId = card(moved).id();
		registerOn(MOVED.plusDays(91));
		assertEquals(List.of(), register.daily().run(MOVED.plusDays(90)).changes(), "due through day 90");
		DailyRun.Result lapsed = register.daily().run(MOVED.plusDays(91));
		assertEquals(List.of(cardId), lapsed.changes().stream().map(DailyRun.Change::cardId).toList());
		assertEquals(MOVED.plusDays(91), lapsed.changes().get(0).on());
		assertEquals(CardStatus.REVOKED, register.cards().view(cardId).status());
		assertEquals(List.of(), register.daily().run(MOVED.plusDays(91)).changes(), "a second run changes nothing");
	}

	@Test
	void continuedUseRecordedOnDay90WritesTheNoteAndTheCardStays() {
		ChangeOutcome moved = moveIn(MOVED, MOVED);
		long cardId = card(moved).id();
		registerOn(MOVED.plusDays(91));
		assertTrue(register.cards().allowed(moved.residentId(), cardId).contains(Step.CONTINUED_USE), "the workbench offers the step while it is due");
		assertThrows(ServiceException.class, () -> register.cards().recordContinuedUse(cardId, MOVED.plusDays(91)));
		register.cards().recordContinuedUse(cardId, MOVED.plusDays(90));
		assertFalse(register.cards().allowed(moved.residentId(), cardId).contains(Step.CONTINUED_USE), "recorded once");
		assertEquals(List.of(), register.daily().run(MOVED.plusDays(91)).changes());
		assertEquals(CardStatus.ISSUED, register.cards().view(cardId).status());
	}

	@Test
	void aFurtherMoveOutBeforeContinuedUseLapsesTheCard() {
		ChangeOutcome moved = moveIn(MOVED, MOVED);
		registerOn(MOVED.plusDays(30));
		register.changes().moveOut(ChangeTarget.of(moved.residentId()), new MoveOut(MOVED.plusDays(30), MOVED.plusDays(29), null, true, true));
		assertEquals(CardStatus.REVOKED, card(moved).status());
	}

	@Test
	void aMoveInFromOurOwnMunicipalityIsRefused() {
		registerOn(MOVED).settings().setMunicipality("131016");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.changes().moveIn(new MoveIn(newcomer(),
				People.move("神田", "2番3号", MOVED, NotificationKind.MOVE_IN).getAddress(), from("131016"), null, MOVED, MOVED, null, null, null)));
		assertEquals("change.ours", refused.problem().key());
		assertEquals(0, register.queries().counts().residents(), "nothing was registered");
	}
}
