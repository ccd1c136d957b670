package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;

/** The counter's use cases on an open demo database (run by the built-in batch operator). */
class RegisterUseCasesTest {

	@TempDir
	Path folder;

	private Register register;

	@BeforeEach
	void open() {
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), TestDay.CLOCK);
	}

	@AfterEach
	void close() {
		register.close();
	}

	private long registerSato() {
		return register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "1234-5678-9018"));
	}

	@Test
	void aNewDatabaseIsAnOpenDemoDatabase() {
		assertTrue(register.isDemo());
		assertEquals(Register.BATCH_OPERATOR, register.operator().id());
	}

	@Test
	void openingWhereThereIsNoRegisterCreatesNothingAndSaysHowToMakeOne() {
		DatabaseLocation mistyped = DatabaseLocation.of(folder.resolve("dbb").toString());
		ServiceException refused = assertThrows(ServiceException.class, () -> Register.open(mistyped, Login.none(), TestDay.CLOCK));
		assertEquals("register.missing", refused.problem().key());
		assertTrue(refused.getMessage().contains(mistyped.toString()) && refused.getMessage().contains("init --secure")
				&& refused.getMessage().contains("demo"), refused.getMessage());
		assertTrue(!mistyped.exists());
		try (Register again = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), TestDay.CLOCK)) {
			assertTrue(again.isDemo(), "an existing register is opened as it is");
		}
	}

	@Test
	void registeringStoresTheNormalizedNumberAndAudits() {
		long id = registerSato();
		assertEquals("1234 5678 9018", register.queries().showNumber(id));
		List<AuditEntry> trail = register.queries().audit(id, null, 100);
		assertEquals(List.of("register", "show-number"), trail.stream().map(AuditEntry::operation).toList());
	}

	@Test
	void openShowsTheNumberMaskedAndIsAudited() {
		long id = registerSato();
		Resident opened = register.residents().open(id);
		assertEquals("\u25cf\u25cf\u25cf\u25cf \u25cf\u25cf\u25cf\u25cf 9018", opened.getIndividualNumber());
		assertEquals("view-resident", register.queries().audit(id, null, 100).get(1).operation());
		assertEquals("\u25cf\u25cf\u25cf\u25cf \u25cf\u25cf\u25cf\u25cf 9018", register.queries().search("さとう", 10, 0).get(0).maskedNumber());
	}

	@Test
	void invalidResidentIsRefusedWithTheReasonAndNothingIsStored() {
		Resident wrong = People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789010");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.residents().register(wrong));
		assertEquals("individualNumber.checkDigit", refused.problem().key());
		assertTrue(refused.problem().japanese().contains("チェックデジット"));
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void aNameWithAnEscapeSequenceIsRefusedAndNothingIsStored() {
		Resident hostile = People.resident("\u001b]0;pwned\u0007", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.residents().register(hostile));
		assertEquals("Control character U+001B in family name (character 1): only visible text is kept.", refused.getMessage());
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void aMoveToATownOverTwoLinesOrLongerThanTheRegisterKeepsIsRefused() {
		long id = registerSato();
		ServiceException twoLines = assertThrows(ServiceException.class,
				() -> register.residents().move(id, People.move("神田\n偽町", "5番2号", LocalDate.of(2024, 4, 1), NotificationKind.MOVE_WITHIN)));
		assertEquals("text.control", twoLines.problem().key());
		ServiceException tooLong = assertThrows(ServiceException.class, () -> register.residents()
				.move(id, People.move("神".repeat(101), "5番2号", LocalDate.of(2024, 4, 1), NotificationKind.MOVE_WITHIN)));
		assertEquals("Too long: the town has 101 characters; the register keeps at most 100.", tooLong.getMessage());
		assertEquals(1, register.residents().open(id).getAddresses().size());
	}

	@Test
	void aHouseholdCodeLongerThanTheRegisterKeepsIsRefused() {
		Resident resident = People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018");
		Household household = ModelFactory.eINSTANCE.createHousehold();
		household.setId("H".repeat(41));
		HouseholdMember member = ModelFactory.eINSTANCE.createHouseholdMember();
		household.getMembers().add(member);
		member.setResident(resident);
		ServiceException refused = assertThrows(ServiceException.class, () -> register.residents().register(resident));
		assertEquals("text.tooLong", refused.problem().key());
		assertEquals(0L, register.queries().counts().residents());
	}

	@Test
	void duplicateNumberIsRefused() {
		registerSato();
		ServiceException refused = assertThrows(ServiceException.class,
				() -> register.residents().register(People.resident("佐藤", "二郎", "サトウ", "ジロウ", LocalDate.of(1982, 1, 1), "123456789018")));
		assertEquals("number.duplicate", refused.problem().key());
	}

	@Test
	void aMoveKeepsThePastAddress() {
		long id = registerSato();
		register.residents().move(id, People.move("神田", "5番2号", LocalDate.of(2024, 4, 1), NotificationKind.MOVE_WITHIN));
		Resident moved = register.residents().open(id);
		assertEquals(List.of("1番1号", "5番2号"), moved.getAddresses().stream().map(entry -> entry.getAddress().getNumber()).toList());
		assertEquals("1000005", moved.getAddresses().get(1).getAddress().getPostalCode());
	}

	@Test
	void aMoveIsAuditedWithTheWholeNewAddress() {
		long id = registerSato();
		AddressEntry move = People.move("神田", "5番2号", LocalDate.of(2024, 4, 1), NotificationKind.MOVE_WITHIN);
		move.getAddress().setMunicipalityName(null);
		register.residents().move(id, move);
		AuditEntry audited = register.queries().audit(id, null, 100).stream().filter(entry -> entry.operation().equals("move-within"))
				.findFirst().orElseThrow();
		assertEquals("東京都千代田区神田1丁目5番2号", audited.detail(), "a municipality without a stored name is named from its code");
	}

	@Test
	void cardGoesThroughItsLifecycleWithExpiriesFromTheRules() {
		long id = registerSato();
		long card = register.cards().apply(id, LocalDate.of(2020, 4, 20), ApplicationChannel.ONLINE);
		ExpiryResult expiry = register.cards().recordProduction(card, "AB0000000001", LocalDate.of(2020, 5, 15));
		assertEquals(LocalDate.of(2029, 10, 10), expiry.card().date());
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		MyNumberCard issued = cardOf(id, card);
		assertEquals(CardStatus.ISSUED, issued.getStatus());
		assertEquals(LocalDate.of(2029, 10, 10), issued.getExpiresOn());
		assertEquals(List.of(CertificateKind.USER, CertificateKind.SIGNATURE),
				issued.getCertificates().stream().map(certificate -> certificate.getKind()).toList());
		assertEquals(List.of(CardStatus.APPLIED, CardStatus.PRODUCED, CardStatus.READY, CardStatus.ISSUED),
				issued.getTransitions().stream().map(transition -> transition.getTo()).toList());
		assertEquals("batch", issued.getTransitions().get(3).getOperator());

		register.cards().suspend(card, "lost at the station");
		register.cards().revoke(card, "not found within the period");
		MyNumberCard revoked = cardOf(id, card);
		assertEquals(CardStatus.REVOKED, revoked.getStatus());
		assertTrue(revoked.getCertificates().stream().allMatch(certificate -> certificate.getRevokedOn() != null));
		ServiceException refused = assertThrows(ServiceException.class, () -> register.cards().issue(card));
		assertEquals("Card " + card + " is revoked and cannot become issued.", refused.getMessage());
	}

	@Test
	void aSerialOrAReasonTheRegisterCannotKeepIsRefused() {
		long id = registerSato();
		long card = register.cards().apply(id, LocalDate.of(2020, 4, 20), ApplicationChannel.ONLINE);
		ServiceException serial = assertThrows(ServiceException.class,
				() -> register.cards().recordProduction(card, "AB".repeat(11), LocalDate.of(2020, 5, 15)));
		assertEquals("The card number \"ABABABABABABABABABABAB\" is not 8 to 20 letters and digits.", serial.getMessage());
		register.cards().recordProduction(card, "AB0000000001", LocalDate.of(2020, 5, 15));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		ServiceException reason = assertThrows(ServiceException.class, () -> register.cards().suspend(card, "lost\u001b[2J"));
		assertEquals("text.control", reason.problem().key());
		assertEquals(CardStatus.ISSUED, cardOf(id, card).getStatus());
	}

	@Test
	void childUnderFifteenGetsNoSignatureCertificate() {
		long child = register.residents().register(People.resident("佐藤", "翔太", "サトウ", "ショウタ", LocalDate.of(2012, 6, 1), "023456789013"));
		long card = register.cards().apply(child, LocalDate.of(2024, 1, 10), ApplicationChannel.COUNTER);
		ExpiryResult expiry = register.cards().recordProduction(card, "AB0000000002", LocalDate.of(2024, 2, 1));
		assertNull(expiry.signatureCertificate().date());
		assertEquals(List.of(CertificateKind.USER), cardOf(child, card).getCertificates().stream().map(c -> c.getKind()).toList());
	}

	@Test
	void aSecondApplicationInProgressIsRefused() {
		long id = registerSato();
		register.cards().apply(id, LocalDate.of(2024, 1, 10), ApplicationChannel.MAIL);
		ServiceException refused = assertThrows(ServiceException.class,
				() -> register.cards().apply(id, LocalDate.of(2024, 1, 11), ApplicationChannel.MAIL));
		assertEquals("card.pendingExists", refused.problem().key());
	}

	@Test
	void renewalReturnsTheOldCardWhenTheNewOneIsIssued() {
		long id = registerSato();
		long first = issue(id, LocalDate.of(2016, 3, 1), "AB0000000003");
		long second = issue(id, LocalDate.of(2025, 8, 1), "AB0000000004");
		assertEquals(CardStatus.RETURNED, cardOf(id, first).getStatus());
		assertEquals(CardStatus.ISSUED, cardOf(id, second).getStatus());
	}

	private long issue(long residentId, LocalDate received, String serial) {
		long card = register.cards().apply(residentId, received, ApplicationChannel.COUNTER);
		register.cards().recordProduction(card, serial, received.plusDays(30));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		return card;
	}

	private MyNumberCard cardOf(long residentId, long cardId) {
		return register.residents().open(residentId).getCards().stream().filter(card -> card.getId() == cardId).findFirst().orElseThrow();
	}
}
