package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.CardActions.Step;
import org.madoguchi.service.CardView.CertificateState;
import org.madoguchi.service.CardView;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.HouseholdChange;
import org.madoguchi.service.Login;
import org.madoguchi.service.MoveOut;
import org.madoguchi.service.NameChange;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.service.ServiceException;

/** Resident changes and what they do to the card, each rule at its boundary. */
class ResidentChangesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Register register;
	private long resident;
	private long card;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), RegisterClock.fixedAt(TODAY));
		resident = register.residents().register(People.resident("山田", "一", "ヤマダ", "ハジメ", LocalDate.of(1980, 10, 10), "123456789018"));
		card = People.issuedCard(register, resident, "AA0000000001");
	}

	@AfterEach
	void close() {
		register.close();
	}

	private static String key(ServiceException refused) {
		return refused.problem().key();
	}

	private CertificateState certificate(CertificateKind kind) {
		return register.cards().view(card).certificate(kind).orElseThrow().state();
	}

	@Test
	void aMoveWithinLapsesTheSignatureCertificateAndLeavesANoteForTheCard() {
		ChangeOutcome moved = register.changes().moveWithin(ChangeTarget.of(resident),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		assertEquals(CertificateState.REVOKED, certificate(CertificateKind.SIGNATURE));
		assertEquals(CertificateState.VALID, certificate(CertificateKind.USER), "the user certificate survives a move");
		assertEquals(List.of("consequence.signatureLapsed", "consequence.note"), moved.consequences().stream().map(Problem::key).toList());
		assertEquals(0, moved.daysLate());
		assertEquals("神田", register.residents().open(resident).getAddresses().get(1).getAddress().getTown());
	}

	@Test
	void aNotificationOnDay14IsInTimeAndOnDay15OneDayLate() {
		var onDay14 = People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN);
		onDay14.setNotifiedOn(LocalDate.of(2026, 11, 15));
		assertEquals(0, register.changes().moveWithin(ChangeTarget.of(resident), onDay14).daysLate());
		var onDay15 = People.move("錦町", "3番4号", LocalDate.of(2026, 11, 2), NotificationKind.MOVE_WITHIN);
		onDay15.setNotifiedOn(LocalDate.of(2026, 11, 17));
		ChangeOutcome late = register.changes().moveWithin(ChangeTarget.of(resident), onDay15);
		assertEquals(1, late.daysLate());
		assertTrue(late.consequences().stream().anyMatch(problem -> problem.key().equals("consequence.late")));
	}

	@Test
	void aChangeBeforeTheCurrentStateInTheFutureOrNotifiedBeforeItIsRefusedNamingTheField() {
		var before = People.move("神田", "2番3号", LocalDate.of(2000, 1, 1), NotificationKind.MOVE_WITHIN);
		ServiceException refused = assertThrows(ServiceException.class, () -> register.changes().moveWithin(ChangeTarget.of(resident), before));
		assertEquals("change.beforeState", key(refused));
		assertTrue(refused.getMessage().startsWith("movedOn: 2000-01-01"), refused.getMessage());
		var future = People.move("神田", "2番3号", LocalDate.of(2030, 1, 1), NotificationKind.MOVE_WITHIN);
		assertEquals("change.future", key(assertThrows(ServiceException.class, () -> register.changes().moveWithin(ChangeTarget.of(resident), future))));
		var notifiedBefore = People.move("神田", "2番3号", LocalDate.of(2026, 11, 10), NotificationKind.MOVE_WITHIN);
		notifiedBefore.setNotifiedOn(LocalDate.of(2026, 11, 9));
		assertEquals("change.notifiedBefore",
				key(assertThrows(ServiceException.class, () -> register.changes().moveWithin(ChangeTarget.of(resident), notifiedBefore))));
		assertEquals(1, register.residents().open(resident).getAddresses().size(), "nothing refused was saved");
	}

	@Test
	void aMoveWithinToAnotherMunicipalityIsRefusedOnceTheOfficeSetItsOwn() {
		register.settings().setMunicipality("131016");
		var elsewhere = People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN);
		elsewhere.getAddress().setMunicipalityCode("131024");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.changes().moveWithin(ChangeTarget.of(resident), elsewhere));
		assertEquals("change.notOurs", key(refused));
		assertEquals("131016", register.settings().municipality().orElseThrow());
	}

	@Test
	void aSaveFromAStaleVersionIsRefusedNamingWhoChangedTheRecordAndWhen() {
		int opened = register.changes().version(resident);
		register.changes().moveWithin(ChangeTarget.at(resident, opened),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		ServiceException refused = assertThrows(ServiceException.class, () -> register.changes().changeName(ChangeTarget.at(resident, opened),
				new NameChange("佐藤", "一", "サトウ", "ハジメ", LocalDate.of(2026, 11, 5), null, "marriage")));
		assertEquals("change.stale", key(refused));
		assertTrue(refused.getMessage().contains("changed by batch at "), refused.getMessage());
		assertEquals("山田", register.residents().open(resident).getFamilyName(), "nothing was laid over the other change");
	}

	@Test
	void aNameChangeLapsesTheSignatureCertificateAndKeepsTheUserCertificate() {
		register.changes().changeName(ChangeTarget.of(resident), new NameChange("佐藤", "一", "サトウ", "ハジメ", LocalDate.of(2026, 11, 5), null,
				"marriage"));
		assertEquals("佐藤", register.residents().open(resident).getFamilyName());
		assertEquals(CertificateState.REVOKED, certificate(CertificateKind.SIGNATURE));
		assertEquals(CertificateState.VALID, certificate(CertificateKind.USER));
	}

	@Test
	void aDeathRemovesTheRecordAndLapsesTheCardAndBothCertificatesThatDay() {
		register.changes().death(ChangeTarget.of(resident), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 11));
		CardView lapsed = register.cards().view(card);
		assertEquals(CardStatus.REVOKED, lapsed.status());
		assertTrue(lapsed.certificates().stream().allMatch(c -> LocalDate.of(2026, 11, 10).equals(c.revokedOn())), lapsed.toString());
		ServiceException refused = assertThrows(ServiceException.class, () -> register.changes().moveWithin(ChangeTarget.of(resident),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 12), NotificationKind.MOVE_WITHIN)));
		assertEquals("change.removed", key(refused));
	}

	@Test
	void aPreviewSaysWhatTheChangeWouldDoAndRecordsNothing() {
		long audited = register.queries().counts().auditEntries();
		ChangeOutcome ahead = register.changes().preview().death(ChangeTarget.of(resident), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 11));
		assertEquals(List.of("consequence.cardLapsed.ahead"), ahead.consequences().stream().map(Problem::key).toList());
		assertTrue(ahead.consequences().get(0).english().startsWith("Card " + card + " will lapse on 2026-11-10"), ahead.consequences().toString());
		assertEquals(CardStatus.ISSUED, register.cards().view(card).status(), "the card is as it was");
		ResidentRecord record = register.records().show(resident);
		assertNull(record.removedOn(), "the record is not removed");
		assertEquals(List.of(), record.changes());
		assertEquals(audited + 1, register.queries().counts().auditEntries(), "only the view of the record was audited");
		ChangeOutcome done = register.changes().death(ChangeTarget.of(resident), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 11));
		assertEquals(List.of("consequence.cardLapsed"), done.consequences().stream().map(Problem::key).toList(), "as the preview said");
		ServiceException refused = assertThrows(ServiceException.class,
				() -> register.changes().preview().death(ChangeTarget.of(resident), TODAY, TODAY));
		assertEquals("change.removed", key(refused), "a preview is refused as the change would be");
	}

	@Test
	void aMoveOutOnADayToComeRemovesTheRecordWhenTheNightlyRunReachesIt() {
		long applicant = register.residents().register(People.resident("川田", "二", "カワダ", "ジロウ", LocalDate.of(1990, 1, 1), "023456789013"));
		long application = register.cards().apply(applicant, LocalDate.of(2026, 11, 1), ApplicationChannel.COUNTER);
		ChangeOutcome planned = register.changes().moveOut(ChangeTarget.of(applicant),
				new MoveOut(TODAY.plusDays(3), TODAY, People.move("梅田", "1番1号", TODAY, NotificationKind.MOVE_OUT).getAddress(), false, false));
		assertEquals(List.of("consequence.removalPlanned"), planned.consequences().stream().map(Problem::key).toList());
		try (Register later = Register.open(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(),
				RegisterClock.fixedAt(TODAY.plusDays(3)))) {
			assertEquals(List.of(), later.daily().run(TODAY.plusDays(2)).changes(), "not before the day");
			assertEquals(List.of(applicant), later.daily().run(TODAY.plusDays(3)).changes().stream().map(change -> change.residentId()).toList());
			assertEquals(List.of(), later.daily().run(TODAY.plusDays(3)).changes(), "a second run changes nothing");
			assertEquals(CardStatus.REVOKED, later.cards().view(application).status(), "a removed resident's application is cancelled");
		}
	}

	@Test
	void continuedUseAbroadAskedTheDayBeforeKeepsTheCardAskedOnTheDayDoesNot() {
		ServiceException tooLate = assertThrows(ServiceException.class, () -> register.changes().moveOut(ChangeTarget.of(resident),
				new MoveOut(TODAY, TODAY, null, true, true)));
		assertEquals("moveOut.keepCardTooLate", key(tooLate));
		register.changes().moveOut(ChangeTarget.of(resident), new MoveOut(TODAY, TODAY.minusDays(1), null, true, true));
		assertEquals(CardStatus.ISSUED, register.cards().view(card).status(), "the card goes on abroad");
		assertEquals(TODAY, register.cards().view(card).certificate(CertificateKind.SIGNATURE).orElseThrow().revokedOn());
		assertNull(register.cards().view(card).certificate(CertificateKind.USER).orElseThrow().revokedOn());
	}

	@Test
	void aMoveAbroadWithoutContinuedUseLapsesTheCardOnTheMoveOutDay() {
		register.changes().moveOut(ChangeTarget.of(resident), new MoveOut(TODAY, TODAY.minusDays(1), null, true, false));
		assertEquals(CardStatus.REVOKED, register.cards().view(card).status());
	}

	@Test
	void aCancelledMoveReturnsTheRecordToItsAddressAndTheHistoryKeepsBoth() {
		ChangeOutcome moved = register.changes().moveWithin(ChangeTarget.of(resident),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		register.changes().cancel(moved.changeId(), "entered in error");
		Resident back = register.residents().open(resident);
		assertEquals(List.of("丸の内"), back.getAddresses().stream().map(entry -> entry.getAddress().getTown()).toList());
		var history = register.changes().history(resident);
		assertEquals(List.of("move-within", "cancel"), history.stream().map(change -> change.kind()).toList());
		assertTrue(history.get(0).cancelled());
		assertThrows(ServiceException.class, () -> register.changes().cancel(moved.changeId(), "twice"));
	}

	@Test
	void aCancelledDeathMakesTheRecordCurrentAgain() {
		ChangeOutcome died = register.changes().death(ChangeTarget.of(resident), LocalDate.of(2026, 11, 10), null);
		register.changes().cancel(died.changeId(), "wrong person");
		register.changes().moveWithin(ChangeTarget.of(resident),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 12), NotificationKind.MOVE_WITHIN));
		assertEquals(2, register.residents().open(resident).getAddresses().size());
	}

	@Test
	void aBirthPutsTheNewbornInTheHouseholdAsAChildAtItsAddress() {
		long head = register.residents().register(householdHead());
		ChangeOutcome born = register.changes().birth(People.resident("鈴木", "花", "スズキ", "ハナ", LocalDate.of(2026, 11, 1), null),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 5), "H-0001");
		assertEquals(List.of("世帯主", "子"), register.queries().household(head).stream().map(member -> member.relationship()).toList());
		assertEquals("丸の内", register.residents().open(born.residentId()).getAddresses().get(0).getAddress().getTown());
	}

	private static Resident householdHead() {
		Resident head = People.resident("鈴木", "太郎", "スズキ", "タロウ", LocalDate.of(1985, 1, 1), "023456789013");
		Household household = ModelFactory.eINSTANCE.createHousehold();
		household.setId("H-0001");
		HouseholdMember member = ModelFactory.eINSTANCE.createHouseholdMember();
		member.setRelationship("世帯主");
		household.getMembers().add(member);
		member.setResident(head);
		return head;
	}

	@Test
	void aResidentJoinsAHouseholdLeavesItAgainAndACancellationPutsItBack() {
		long head = register.residents().register(householdHead());
		register.changes().changeHousehold(ChangeTarget.of(resident),
				new HouseholdChange(HouseholdChange.Kind.JOIN, "H-0001", "同居人", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2)));
		assertEquals(2, register.queries().household(head).size());
		ChangeOutcome left = register.changes().changeHousehold(ChangeTarget.of(resident),
				new HouseholdChange(HouseholdChange.Kind.LEAVE, null, null, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 10)));
		assertEquals(List.of("世帯主"), register.queries().household(resident).stream().map(member -> member.relationship()).toList());
		register.changes().cancel(left.changeId(), "entered in error");
		assertEquals(2, register.queries().household(head).size());
		assertEquals("household.unknown", key(assertThrows(ServiceException.class, () -> register.changes().changeHousehold(
				ChangeTarget.of(resident), new HouseholdChange(HouseholdChange.Kind.JOIN, "H-9999", "同居人", TODAY, TODAY)))));
	}

	@Test
	void aCorrectionOfTheBirthDateLapsesTheSignatureCertificateAndIsAllowedOnARemovedRecord() {
		register.changes().correct(ChangeTarget.of(resident), "birthDate", "1980-10-11", "誤記修正");
		assertEquals(LocalDate.of(1980, 10, 11), register.residents().open(resident).getBirthDate());
		assertEquals(CertificateState.REVOKED, certificate(CertificateKind.SIGNATURE));
		register.changes().death(ChangeTarget.of(resident), TODAY, TODAY);
		register.changes().correct(ChangeTarget.of(resident), "registeredDomicile", "東京都千代田区丸の内1丁目", "職権修正");
		assertEquals("東京都千代田区丸の内1丁目", register.residents().open(resident).getRegisteredDomicile());
		assertEquals("correction.field", key(assertThrows(ServiceException.class,
				() -> register.changes().correct(ChangeTarget.of(resident), "individualNumber", "023456789013", "typo"))));
		assertEquals("correction.value", key(assertThrows(ServiceException.class,
				() -> register.changes().correct(ChangeTarget.of(resident), "birthDate", "yesterday", "typo"))));
	}

	@Test
	void theNotesOfAChangeArePendingUntilTheClerkRecordsThemWritten() {
		assertFalse(register.cards().allowed(resident, card).contains(Step.NOTES_WRITTEN), "nothing to write yet");
		register.changes().moveWithin(ChangeTarget.of(resident), People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		assertTrue(register.cards().allowed(resident, card).contains(Step.NOTES_WRITTEN), "the workbench offers the step");
		assertEquals(1, register.cards().recordNotesWritten(card));
		assertEquals(0, register.cards().recordNotesWritten(card), "nothing is pending any more");
		assertFalse(register.cards().allowed(resident, card).contains(Step.NOTES_WRITTEN));
	}

	@Test
	void onlyTheLatestChangeInForceIsCancelled() {
		ChangeOutcome moved = register.changes().moveWithin(ChangeTarget.of(resident),
				People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		ChangeOutcome renamed = register.changes().changeName(ChangeTarget.of(resident),
				new NameChange("佐藤", "一", "サトウ", "ハジメ", LocalDate.of(2026, 11, 5), null, "marriage"));
		assertEquals("change.notLatest", key(assertThrows(ServiceException.class, () -> register.changes().cancel(moved.changeId(), "typo"))));
		register.changes().cancel(renamed.changeId(), "typo");
		register.changes().cancel(moved.changeId(), "typo");
		Resident back = register.residents().open(resident);
		assertEquals("山田", back.getFamilyName());
		assertEquals(1, back.getAddresses().size());
	}

	@Test
	void theRecordShowsTheMaskedNumberThePendingNoteAndEveryChange() {
		register.changes().moveWithin(ChangeTarget.of(resident), People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		ResidentRecord record = register.records().show(resident);
		assertEquals("●●●● ●●●● 9018", record.resident().getIndividualNumber());
		assertEquals(List.of("move-within"), record.changes().stream().map(change -> change.kind()).toList());
		assertTrue(record.changes().get(0).after().contains("address=東京都千代田区神田1丁目2番3号"), record.changes().get(0).after());
		ResidentRecord.Note note = record.cards().get(0).notes().get(0);
		assertEquals("転居 東京都千代田区神田1丁目2番3号", note.text());
		assertEquals(null, note.writtenOn());
		assertEquals(record.version(), register.changes().version(resident));
		register.changes().death(ChangeTarget.of(resident), TODAY, TODAY);
		ResidentRecord removed = register.records().show(resident);
		assertEquals(TODAY, removed.removedOn());
		assertEquals("death", removed.removalReason());
	}

	@Test
	void pendingNotesArePrintedOnTheirLinesAndARemovedRecordIsNoCurrentResident() throws Exception {
		register.changes().moveWithin(ChangeTarget.of(resident), People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
		Path out = folder.resolve("notes.pdf");
		assertEquals(1, register.printing().notes().print(null, out));
		assertTrue(Files.size(out) > 0);
		register.cards().recordNotesWritten(card);
		ServiceException nothing = assertThrows(ServiceException.class, () -> register.printing().notes().print(List.of(card), out));
		assertEquals("notes.nonePending", nothing.problem().key());

		register.changes().death(ChangeTarget.of(resident), TODAY, TODAY);
		assertEquals(List.of(), register.queries().search("やまだ", 10, 0));
		assertEquals(1, register.queries().search("やまだ", 10, 0, true).size());
	}
}
