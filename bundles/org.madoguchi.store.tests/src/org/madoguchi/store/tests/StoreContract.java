package org.madoguchi.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.Address;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.Household;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.store.AuditEntry;
import org.madoguchi.store.CardDeadline;
import org.madoguchi.store.CardNote;
import org.madoguchi.store.DueCard;
import org.madoguchi.store.ExpiringDocument;
import org.madoguchi.store.HeldCard;
import org.madoguchi.store.Housemate;
import org.madoguchi.store.ImportReject;
import org.madoguchi.store.MonthlyExpiries;
import org.madoguchi.store.Operator;
import org.madoguchi.store.Removal;
import org.madoguchi.store.ResidentChange;
import org.madoguchi.store.ResidentSummary;
import org.madoguchi.store.Revocation;
import org.madoguchi.store.Store;
import org.madoguchi.store.StoreException;

/** What every store must do, whatever the database behind it (H2 and PostgreSQL subclasses). */
abstract class StoreContract extends StoreFixture {

	private long insertYamada() {
		Resident yamada = Fixtures.resident("山田", "花子", "ヤマダ", "ハナコ", "123456789018");
		Fixtures.joinHousehold(yamada, "H-0001", "世帯主");
		yamada.getCards().add(Fixtures.issuedCard("AB1234567890"));
		return store.write(session -> session.residents().insert(yamada));
	}

	@Test
	void residentComesBackWithHistoryHouseholdCardsAndCertificates() {
		long id = insertYamada();
		Resident found = store.read(session -> session.residents().find(id)).orElseThrow();
		assertEquals("山田", found.getFamilyName());
		assertEquals(LocalDate.of(1980, 10, 10), found.getBirthDate());
		assertEquals("1番1号", found.getAddresses().get(0).getAddress().getNumber());
		assertEquals("世帯主", found.getHousehold().getRelationship());
		assertEquals(found, ((org.madoguchi.model.Household) found.getHousehold().eContainer()).getHead());
		MyNumberCard card = found.getCards().get(0);
		assertEquals(CardStatus.ISSUED, card.getStatus());
		assertEquals(2, card.getCertificates().size());
		assertEquals("clerk1", card.getTransitions().get(0).getOperator());
		assertEquals(LocalDate.of(2020, 4, 1), card.getApplication().getReceivedOn());
	}

	@Test
	void pagesOfTheRegisterHoldEveryResidentCompleteAsFindGivesThem() {
		long yamada = insertYamada();
		Resident moved = Fixtures.resident("佐藤", "一郎", "サトウ", "イチロウ", "023456789013");
		moved.getAddresses().add(Fixtures.entry(Fixtures.address("丸の内", "1丁目", "2番3号"), LocalDate.of(2024, 4, 1),
				NotificationKind.MOVE_WITHIN));
		moved.getCards().add(Fixtures.issuedCard("AB0000000001"));
		moved.getCards().add(Fixtures.issuedCard("AB0000000002"));
		long sato = store.write(session -> session.residents().insert(moved));
		long suzuki = store.write(session -> session.residents().insert(Fixtures.resident("鈴木", "三郎", "スズキ", "サブロウ", null)));
		List<Resident> first = store.read(session -> session.residents().after(0, 2));
		List<Resident> second = store.read(session -> session.residents().after(first.get(1).getId(), 2));
		assertEquals(List.of(yamada, sato), first.stream().map(Resident::getId).toList());
		assertEquals(List.of(suzuki), second.stream().map(Resident::getId).toList());
		assertEquals(List.of(), store.read(session -> session.residents().after(suzuki, 2)));
		for (Resident paged : List.of(first.get(0), first.get(1), second.get(0))) {
			Resident found = store.read(session -> session.residents().find(paged.getId())).orElseThrow();
			assertTrue(EcoreUtil.equals(found, paged), "resident " + paged.getId() + " as a page gives it");
		}
		assertEquals(2, first.get(1).getAddresses().size(), "the move is in the history");
		assertEquals(2, first.get(1).getCards().size());
		assertEquals("世帯主", first.get(0).getHousehold().getRelationship());
	}

	@Test
	void dataSurvivesReopening() throws Exception {
		long id = insertYamada();
		store.close();
		store = reopen();
		assertEquals("花子", store.read(session -> session.residents().find(id)).orElseThrow().getGivenName());
		assertEquals(12, store.schemaVersion());
	}

	@Test
	void aFailingUnitOfWorkLeavesNothingBehind() {
		Resident first = Fixtures.resident("佐藤", "一郎", "サトウ", "イチロウ", "023456789013");
		assertThrows(IllegalStateException.class, () -> store.write(session -> {
			session.residents().insert(first);
			session.audit().append(AT, "clerk1", "register", first.getId(), "test");
			throw new IllegalStateException("crash in the middle");
		}));
		assertEquals(0L, store.read(session -> session.statistics().residents()));
		assertEquals(0L, store.read(session -> session.statistics().auditEntries()));
	}

	@Test
	void duplicateIndividualNumberIsRefused() {
		insertYamada();
		Resident twin = Fixtures.resident("山田", "太郎", "ヤマダ", "タロウ", "123456789018");
		assertThrows(StoreException.class, () -> store.write(session -> session.residents().insert(twin)));
		assertEquals(1L, store.read(session -> session.statistics().residents()));
	}

	@Test
	void aFailureNamesWhatFailedButNeverTheRowsData() {
		insertYamada();
		Resident twin = Fixtures.resident("山田", "太郎", "ヤマダ", "タロウ", "123456789018");
		StoreException duplicate = assertThrows(StoreException.class, () -> store.write(session -> session.residents().insert(twin)));
		assertTrue(duplicate.getMessage().startsWith("Storing residents failed: a value that must be unique is already in the register ("),
				duplicate.getMessage());
		assertFalse(duplicate.getMessage().contains("123456789018") || duplicate.getMessage().contains("タロウ"), duplicate.getMessage());

		String longName = "長".repeat(101);
		Resident tooLong = Fixtures.resident(longName, "花子", "ナガイ", "ハナコ", "023456789013");
		StoreException refused = assertThrows(StoreException.class, () -> store.write(session -> session.residents().insert(tooLong)));
		assertTrue(refused.getMessage().contains("a value is longer than its column allows"), refused.getMessage());
		assertFalse(refused.getMessage().contains("長長") || refused.getMessage().contains("023456789013")
				|| refused.getMessage().contains("ナガイ"), refused.getMessage());
	}

	@Test
	void kanaSearchFindsHiraganaFullAndHalfWidthKatakanaAlike() {
		insertYamada();
		for (String query : List.of("やまだ", "ヤマダ", "ﾔﾏﾀﾞ", "やまだ はな", "ヤマ")) {
			List<ResidentSummary> found = store.read(session -> session.residents().search(query, 10, 0));
			assertEquals(1, found.size(), query);
			assertEquals("山田\u3000花子", found.get(0).name());
		}
		assertEquals(0, store.read(session -> session.residents().search("やまた", 10, 0)).size());
	}

	@Test
	void numberSearchAcceptsAnySpelling() {
		long id = insertYamada();
		for (String query : List.of("123456789018", "1234 5678 9018", "１２３４-５６７８-９０１８")) {
			assertEquals(id, store.read(session -> session.residents().search(query, 10, 0)).get(0).id(), query);
		}
	}

	@Test
	void birthDateNameAndAddressSearch() {
		long id = insertYamada();
		assertEquals(id, store.read(session -> session.residents().search("S55.10.10", 10, 0)).get(0).id());
		assertEquals(id, store.read(session -> session.residents().search("山田", 10, 0)).get(0).id());
		assertEquals(id, store.read(session -> session.residents().search("千代田区千代田1丁目", 10, 0)).get(0).id());
		assertEquals(id, store.read(session -> session.residents().search("東京都千代田区", 10, 0)).get(0).id());
		assertEquals("東京都千代田区千代田1丁目1番1号 窓口ハイツ101",
				store.read(session -> session.residents().search("山田", 10, 0)).get(0).address());
	}

	@Test
	void searchIsSortedByReadingAndPaged() {
		store.write(session -> {
			session.residents().insertAll(List.of(
					Fixtures.resident("山本", "次郎", "ヤマモト", "ジロウ", "621498320257"),
					Fixtures.resident("山田", "花子", "ヤマダ", "ハナコ", "123456789018"),
					Fixtures.resident("山口", "三郎", "ヤマグチ", "サブロウ", "548836529885")));
			return null;
		});
		List<String> all = store.read(session -> session.residents().search("やま", 10, 0)).stream().map(ResidentSummary::kana).toList();
		assertEquals(List.of("ヤマグチ\u3000サブロウ", "ヤマダ\u3000ハナコ", "ヤマモト\u3000ジロウ"), all);
		List<String> secondPage = store.read(session -> session.residents().search("やま", 2, 2)).stream().map(ResidentSummary::kana).toList();
		assertEquals(List.of("ヤマモト\u3000ジロウ"), secondPage);
	}

	@Test
	void aMoveAddsToTheHistoryAndChangesTheCurrentAddress() {
		long id = insertYamada();
		store.write(session -> {
			session.residents().addAddress(id, Fixtures.entry(Fixtures.address("神田", "2丁目", "3番4号"), LocalDate.of(2024, 4, 1),
					NotificationKind.MOVE_WITHIN));
			return null;
		});
		Resident moved = store.read(session -> session.residents().find(id)).orElseThrow();
		assertEquals(2, moved.getAddresses().size());
		assertEquals("1番1号", moved.getAddresses().get(0).getAddress().getNumber());
		assertEquals("3番4号", moved.getAddresses().get(1).getAddress().getNumber());
		assertEquals(id, store.read(session -> session.residents().search("千代田区神田", 10, 0)).get(0).id());
		assertTrue(store.read(session -> session.residents().search("千代田区千代田", 10, 0)).isEmpty());
	}

	@Test
	void aChangeIsKeptWithBothStatesAndACancellationOnlyMarksIt() {
		long id = insertYamada();
		Instant at = Instant.parse("2026-11-20T01:00:00Z");
		long moved = store.write(session -> session.changes().add(new ResidentChange(0, id, "move-within", LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 20), 5, "clerk1", at, null, null, null, "before", "after")));
		long cancellation = store.write(session -> {
			long cancel = session.changes().add(new ResidentChange(0, id, "cancel", LocalDate.of(2026, 11, 20), null, 0, "sato", at,
					"entered in error", moved, null, "after", "before"));
			session.changes().markCancelled(moved, cancel);
			return cancel;
		});
		List<ResidentChange> history = store.read(session -> session.changes().of(id));
		assertEquals(List.of(new ResidentChange(moved, id, "move-within", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20), 5,
				"clerk1", at, null, null, cancellation, "before", "after"), new ResidentChange(cancellation, id, "cancel",
						LocalDate.of(2026, 11, 20), null, 0, "sato", at, "entered in error", moved, null, "after", "before")),
				history);
		assertThrows(StoreException.class, () -> store.write(session -> {
			session.changes().markCancelled(moved, cancellation);
			return null;
		}), "a change is cancelled once");
	}

	@Test
	void aRemovedRecordKeepsItsRowAndEveryChangeRaisesTheVersion() {
		long id = insertYamada();
		int version = store.read(session -> session.residents().version(id)).orElseThrow();
		store.write(session -> {
			session.residents().planMoveOut(id, LocalDate.of(2026, 12, 1));
			return null;
		});
		assertEquals(List.of(), store.read(session -> session.residents().movingOutBy(LocalDate.of(2026, 11, 30))));
		assertEquals(List.of(id), store.read(session -> session.residents().movingOutBy(LocalDate.of(2026, 12, 1))));
		store.write(session -> {
			session.residents().remove(id, LocalDate.of(2026, 12, 1), "move-out");
			return null;
		});
		assertEquals(Optional.of(new Removal(LocalDate.of(2026, 12, 1), "move-out")), store.read(session -> session.residents().removal(id)));
		assertEquals(List.of(), store.read(session -> session.residents().search("やまだ", 10, 0)), "a removed record is no current resident");
		assertEquals(0, store.read(session -> session.residents().searchCount("")));
		assertEquals(id, store.read(session -> session.residents().search("やまだ", 10, 0, true)).get(0).id());
		assertEquals(1, store.read(session -> session.residents().searchCount("", true)));
		assertEquals(List.of(), store.read(session -> session.residents().movingOutBy(LocalDate.of(2026, 12, 1))));
		assertEquals("山田", store.read(session -> session.residents().find(id)).orElseThrow().getFamilyName());
		store.write(session -> {
			session.residents().reinstate(id);
			return null;
		});
		assertEquals(Optional.empty(), store.read(session -> session.residents().removal(id)));
		assertEquals(Optional.empty(), store.read(session -> session.residents().plannedMoveOut(id)));
		assertTrue(store.read(session -> session.residents().version(id)).orElseThrow() >= version + 3);
	}

	@Test
	void aWithdrawnAddressLeavesTheHistoryAndTheOneBeforeIsCurrentAgain() {
		long id = insertYamada();
		store.write(session -> {
			session.residents().addAddress(id, Fixtures.entry(Fixtures.address("神田", "2丁目", "3番4号"), LocalDate.of(2024, 4, 1),
					NotificationKind.MOVE_WITHIN));
			session.residents().withdrawCurrentAddress(id);
			return null;
		});
		Resident back = store.read(session -> session.residents().find(id)).orElseThrow();
		assertEquals(List.of("1番1号"), back.getAddresses().stream().map(entry -> entry.getAddress().getNumber()).toList());
		assertEquals(id, store.read(session -> session.residents().search("千代田区千代田", 10, 0)).get(0).id());
		assertTrue(store.read(session -> session.residents().search("千代田区神田", 10, 0)).isEmpty());
	}

	@Test
	void aCardNoteIsPendingUntilWrittenAndAContinuedUseDeadlinePasses() {
		long id = insertYamada();
		long cardId = store.read(session -> session.residents().find(id)).orElseThrow().getCards().get(0).getId();
		long change = store.write(session -> session.changes().add(new ResidentChange(0, id, "move-in", LocalDate.of(2026, 11, 1),
				LocalDate.of(2026, 11, 2), 0, "clerk1", Instant.parse("2026-11-20T00:30:00Z"), null, null, null, null, "after")));
		store.write(session -> {
			session.cardNotes().add(cardId, change, LocalDate.of(2026, 11, 2), "転入 東京都千代田区神田2丁目3番4号");
			session.cardNotes().add(cardId, null, LocalDate.of(2026, 11, 2), "継続利用");
			session.cards().setContinuedUseDue(cardId, LocalDate.of(2027, 1, 31));
			return null;
		});
		assertEquals(List.of(cardId), store.read(session -> session.cardNotes().cardsWithPendingNotes()));
		store.write(session -> {
			session.cardNotes().withdrawPending(change);
			return null;
		});
		assertEquals(List.of("継続利用"), store.read(session -> session.cardNotes().of(cardId)).stream().map(CardNote::text).toList());
		assertEquals(1, (int) store.write(session -> session.cardNotes().markWritten(cardId, LocalDate.of(2026, 11, 3))));
		assertEquals(List.of(), store.read(session -> session.cardNotes().cardsWithPendingNotes()));
		assertEquals(Optional.of(LocalDate.of(2027, 1, 31)), store.read(session -> session.cards().continuedUseDue(cardId)));
		assertEquals(List.of(), store.read(session -> session.cards().pastDeadline(CardDeadline.CONTINUED_USE, LocalDate.of(2027, 1, 31))));
		assertEquals(List.of(cardId), store.read(session -> session.cards().pastDeadline(CardDeadline.CONTINUED_USE, LocalDate.of(2027, 2, 1))));
	}

	@Test
	void aSignatureCertificateIsRevokedAloneAndTheUserCertificateStays() {
		long id = insertYamada();
		long cardId = store.read(session -> session.residents().find(id)).orElseThrow().getCards().get(0).getId();
		store.write(session -> {
			session.cards().revokeCertificate(cardId, CertificateKind.SIGNATURE, LocalDate.of(2026, 11, 1), "address changed");
			return null;
		});
		MyNumberCard card = store.read(session -> session.cards().find(cardId)).orElseThrow();
		for (Certificate certificate : card.getCertificates()) {
			boolean signature = certificate.getKind() == CertificateKind.SIGNATURE;
			assertEquals(signature ? LocalDate.of(2026, 11, 1) : null, certificate.getRevokedOn(), certificate.getKind().getLiteral());
			assertEquals(signature ? "address changed" : null, certificate.getRevocationReason());
		}
	}

	@Test
	void cardStatusChangesAreRecordedWithTheirHistory() {
		long id = insertYamada();
		long cardId = store.read(session -> session.residents().find(id)).orElseThrow().getCards().get(0).getId();
		StatusTransition lost = ModelFactory.eINSTANCE.createStatusTransition();
		lost.setFrom(CardStatus.ISSUED);
		lost.setTo(CardStatus.SUSPENDED);
		lost.setDate(LocalDate.of(2025, 1, 5));
		lost.setOperator("clerk2");
		lost.setReason("lost on a train");
		store.write(session -> {
			session.cards().changeStatus(cardId, lost);
			return null;
		});
		MyNumberCard card = store.read(session -> session.cards().find(cardId)).orElseThrow();
		assertEquals(CardStatus.SUSPENDED, card.getStatus());
		assertEquals(List.of(CardStatus.ISSUED, CardStatus.SUSPENDED), card.getTransitions().stream().map(StatusTransition::getTo).toList());
		assertEquals(id, store.read(session -> session.cards().holderOf(cardId)));
	}

	/** A resident without a number holding one issued card (valid until 2029-10-10); the card's id. */
	private long heldCard(String family, String serial) {
		Resident holder = Fixtures.resident(family, "一郎", "テスト", "イチロウ", null);
		holder.getCards().add(Fixtures.issuedCard(serial));
		store.write(session -> session.residents().insert(holder));
		return holder.getCards().get(0).getId();
	}

	@Test
	void theCardsPastADeadlineAreListedOnceThenReadAgainAndEndedTogether() {
		long issued = heldCard("青木", "NB0000000001");
		long suspended = heldCard("石井", "NB0000000002");
		long revoked = heldCard("上田", "NB0000000003");
		long later = heldCard("江口", "NB0000000004");
		store.write(session -> {
			session.cards().changeStatus(suspended, step(CardStatus.ISSUED, CardStatus.SUSPENDED, LocalDate.of(2025, 1, 5), "lost"));
			session.cards().changeStatus(revoked, step(CardStatus.ISSUED, CardStatus.REVOKED, LocalDate.of(2025, 1, 6), "misuse"));
			session.cards().changeExpiry(later, LocalDate.of(2029, 12, 31));
			session.cards().revokeCertificate(issued, CertificateKind.SIGNATURE, LocalDate.of(2026, 11, 1), "name changed");
			return null;
		});
		LocalDate day = LocalDate.of(2029, 10, 11);
		assertEquals(List.of(issued, suspended), store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, day)));
		long holder = store.read(session -> session.cards().holderOf(suspended));
		assertEquals(new DueCard(suspended, holder, "NB0000000002", CardStatus.SUSPENDED, LocalDate.of(2029, 10, 10)),
				store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, day, List.of(suspended, revoked, later)))
						.get(0));
		int version = store.read(session -> session.cards().version(issued)).orElseThrow();

		store.write(session -> {
			List<DueCard> due = session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, day, List.of(issued, suspended, revoked, later));
			assertEquals(List.of(issued, suspended), due.stream().map(DueCard::cardId).toList(), "only the held cards past the day");
			session.cards().changeStatuses(Map.of(issued, step(CardStatus.ISSUED, CardStatus.EXPIRED, day, "valid until 2029-10-10"),
					suspended, step(CardStatus.SUSPENDED, CardStatus.REVOKED, day, "continued use not recorded")));
			session.cards().revokeCertificates(List.of(new Revocation(issued, day, "card expired"),
					new Revocation(suspended, LocalDate.of(2029, 10, 12), "continued use not recorded")));
			session.cards().setContinuedUseDue(List.of(issued, suspended), LocalDate.of(2030, 1, 31));
			return null;
		});
		MyNumberCard expired = card(issued);
		assertEquals(CardStatus.EXPIRED, expired.getStatus());
		assertEquals(List.of(CardStatus.ISSUED, CardStatus.EXPIRED), expired.getTransitions().stream().map(StatusTransition::getTo).toList());
		assertEquals(version + 1, store.read(session -> session.cards().version(issued)).orElseThrow());
		assertEquals(List.of(LocalDate.of(2026, 11, 1), day), expired.getCertificates().stream().map(Certificate::getRevokedOn).sorted().toList(),
				"a certificate revoked before keeps its day");
		MyNumberCard lapsed = card(suspended);
		assertEquals(CardStatus.REVOKED, lapsed.getStatus());
		assertEquals("continued use not recorded", lapsed.getTransitions().get(2).getReason());
		assertTrue(lapsed.getCertificates().stream().allMatch(each -> LocalDate.of(2029, 10, 12).equals(each.getRevokedOn())
				&& "continued use not recorded".equals(each.getRevocationReason())), lapsed.getCertificates().toString());
		assertEquals(List.of(), store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, day)));
		assertEquals(Optional.of(LocalDate.of(2030, 1, 31)), store.read(session -> session.cards().continuedUseDue(suspended)));
		assertEquals(List.of(), store.read(session -> session.cards().pastDeadline(CardDeadline.CONTINUED_USE, LocalDate.of(2030, 2, 1))),
				"neither is held any more");

		assertThrows(StoreException.class, () -> store.write(session -> {
			session.cards().changeStatuses(Map.of(later, step(CardStatus.ISSUED, CardStatus.EXPIRED, day, "valid until"),
					later + 1_000, step(CardStatus.ISSUED, CardStatus.EXPIRED, day, "valid until")));
			return null;
		}), "a card that is not there");
		assertEquals(CardStatus.ISSUED, card(later).getStatus(), "nothing of the failed batch stays");
	}

	private static StatusTransition step(CardStatus from, CardStatus to, LocalDate on, String reason) {
		StatusTransition transition = ModelFactory.eINSTANCE.createStatusTransition();
		if (from != null) {
			transition.setFrom(from);
		}
		transition.setTo(to);
		transition.setDate(on);
		transition.setOperator("clerk1");
		transition.setReason(reason);
		return transition;
	}

	private static Certificate certificate(CertificateKind kind, LocalDate issuedOn, LocalDate expiresOn) {
		Certificate certificate = ModelFactory.eINSTANCE.createCertificate();
		certificate.setKind(kind);
		certificate.setIssuedOn(issuedOn);
		certificate.setExpiresOn(expiresOn);
		return certificate;
	}

	private void change(long cardId, StatusTransition transition) {
		store.write(session -> {
			session.cards().changeStatus(cardId, transition);
			return null;
		});
	}

	private MyNumberCard card(long cardId) {
		return store.read(session -> session.cards().find(cardId)).orElseThrow();
	}

	/** A resident with no card yet, and the id of the card applied for on 2024-04-01. */
	private long[] applied() {
		long id = store.write(session -> session.residents().insert(Fixtures.resident("佐藤", "一郎", "サトウ", "イチロウ", "023456789013")));
		MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
		CardApplication application = ModelFactory.eINSTANCE.createCardApplication();
		application.setReceivedOn(LocalDate.of(2024, 4, 1));
		application.setChannel(ApplicationChannel.COUNTER);
		card.setApplication(application);
		card.setStatus(CardStatus.APPLIED);
		card.getTransitions().add(step(null, CardStatus.APPLIED, LocalDate.of(2024, 4, 1), "application received"));
		return new long[] { id, store.write(session -> session.cards().insert(id, card)) };
	}

	@Test
	void applyingAndProducingKeepTheApplicationTheSerialAndTheCertificates() {
		long[] ids = applied();
		long cardId = ids[1];
		assertEquals(ids[0], store.read(session -> session.cards().holderOf(cardId)));
		MyNumberCard applied = card(cardId);
		assertEquals(CardStatus.APPLIED, applied.getStatus());
		assertEquals(LocalDate.of(2024, 4, 1), applied.getApplication().getReceivedOn());
		assertEquals(ApplicationChannel.COUNTER, applied.getApplication().getChannel());
		assertTrue(store.read(session -> session.cards().withSerial("CD1234567890")).isEmpty());
		store.write(session -> {
			session.cards().recordProduction(cardId, "CD1234567890", LocalDate.of(2024, 5, 1), LocalDate.of(2034, 10, 10));
			session.cards().changeStatus(cardId, step(CardStatus.APPLIED, CardStatus.PRODUCED, LocalDate.of(2024, 5, 1), "serial CD1234567890"));
			for (CertificateKind kind : CertificateKind.VALUES) {
				session.cards().addCertificate(cardId, certificate(kind, LocalDate.of(2024, 5, 1), LocalDate.of(2029, 10, 10)));
			}
			return null;
		});
		assertEquals(Optional.of(cardId), store.read(session -> session.cards().withSerial("CD1234567890")));
		assertEquals(Set.of("CD1234567890"), store.read(session -> session.cards().takenSerials(List.of("CD1234567890", "EF1234567890"))));
		MyNumberCard produced = card(cardId);
		assertEquals(CardStatus.PRODUCED, produced.getStatus());
		assertEquals(LocalDate.of(2024, 5, 1), produced.getIssuedOn());
		assertEquals(LocalDate.of(2034, 10, 10), produced.getExpiresOn());
		assertEquals(2, produced.getCertificates().size());
		assertTrue(produced.getCertificates().stream().allMatch(each -> each.getRevokedOn() == null));
	}

	@Test
	void aCardReadyOnADayIsFoundByThatDayAndThenThroughIssueSuspensionAndReinstatement() {
		long[] ids = applied();
		long cardId = ids[1];
		store.write(session -> {
			session.cards().recordProduction(cardId, "CD1234567890", LocalDate.of(2024, 5, 1), LocalDate.of(2034, 10, 10));
			for (CertificateKind kind : CertificateKind.VALUES) {
				session.cards().addCertificate(cardId, certificate(kind, LocalDate.of(2024, 5, 1), LocalDate.of(2029, 10, 10)));
			}
			return null;
		});
		change(cardId, step(CardStatus.APPLIED, CardStatus.PRODUCED, LocalDate.of(2024, 5, 1), null));
		change(cardId, step(CardStatus.PRODUCED, CardStatus.READY, LocalDate.of(2024, 5, 10), null));
		assertEquals(List.of(ids[0]), store.read(session -> session.cards().holdersWithStatus(CardStatus.READY, LocalDate.of(2024, 5, 10))));
		assertEquals(List.of(), store.read(session -> session.cards().holdersWithStatus(CardStatus.READY, LocalDate.of(2024, 5, 11))));
		assertEquals(List.of(ids[0]), store.read(session -> session.cards().holdersWithStatus(CardStatus.READY, null)));
		change(cardId, step(CardStatus.READY, CardStatus.ISSUED, LocalDate.of(2024, 5, 20), null));
		assertEquals(List.of(), store.read(session -> session.cards().holdersWithStatus(CardStatus.READY, null)));
		store.write(session -> {
			session.cards().changeStatus(cardId, step(CardStatus.ISSUED, CardStatus.SUSPENDED, LocalDate.of(2025, 1, 5), "lost"));
			return null;
		});
		store.write(session -> {
			session.cards().changeStatus(cardId, step(CardStatus.SUSPENDED, CardStatus.ISSUED, LocalDate.of(2025, 1, 9), "found"));
			session.cards().revokeCertificates(cardId, LocalDate.of(2025, 1, 9), "suspension lifted");
			return null;
		});
		MyNumberCard reinstated = card(cardId);
		assertEquals(CardStatus.ISSUED, reinstated.getStatus());
		assertEquals(List.of(CardStatus.APPLIED, CardStatus.PRODUCED, CardStatus.READY, CardStatus.ISSUED, CardStatus.SUSPENDED,
				CardStatus.ISSUED), reinstated.getTransitions().stream().map(StatusTransition::getTo).toList());
		assertEquals(List.of("lost", "found"), reinstated.getTransitions().stream().map(StatusTransition::getReason)
				.filter(reason -> reason != null && !reason.startsWith("application")).toList());
		for (Certificate each : reinstated.getCertificates()) {
			assertEquals(LocalDate.of(2025, 1, 9), each.getRevokedOn(), each.getKind().toString());
			assertEquals("suspension lifted", each.getRevocationReason());
		}
	}

	@Test
	void renewedCertificatesAValidityChangeRevocationAndReturnSurviveReopening() throws Exception {
		long[] ids = applied();
		long cardId = ids[1];
		store.write(session -> {
			session.cards().recordProduction(cardId, "CD1234567890", LocalDate.of(2024, 5, 1), LocalDate.of(2026, 3, 31));
			session.cards().changeStatus(cardId, step(CardStatus.APPLIED, CardStatus.ISSUED, LocalDate.of(2024, 5, 20), null));
			session.cards().addCertificate(cardId, certificate(CertificateKind.USER, LocalDate.of(2024, 5, 1), LocalDate.of(2026, 3, 31)));
			return null;
		});
		store.write(session -> {
			session.cards().revokeCertificates(cardId, LocalDate.of(2026, 1, 10), "renewed on 2026-01-10");
			session.cards().addCertificate(cardId, certificate(CertificateKind.USER, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31)));
			session.cards().changeExpiry(cardId, LocalDate.of(2029, 3, 31));
			return null;
		});
		MyNumberCard changed = card(cardId);
		assertEquals(LocalDate.of(2029, 3, 31), changed.getExpiresOn(), "the period of stay was extended");
		assertEquals(Arrays.asList(LocalDate.of(2026, 1, 10), null), changed.getCertificates().stream().map(Certificate::getRevokedOn).toList());
		assertTrue(changed.getCertificates().stream().allMatch(each -> each.getExpiresOn().equals(LocalDate.of(2026, 3, 31))),
				"a validity change leaves the certificates as they were");
		assertEquals(List.of(), store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, LocalDate.of(2029, 3, 31))));
		assertEquals(List.of(cardId), store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, LocalDate.of(2029, 4, 1))));
		store.write(session -> {
			session.cards().changeStatus(cardId, step(CardStatus.ISSUED, CardStatus.REVOKED, LocalDate.of(2026, 2, 1), "misuse"));
			session.cards().revokeCertificates(cardId, LocalDate.of(2026, 2, 1), "card revoked");
			session.cards().changeStatus(cardId, step(CardStatus.REVOKED, CardStatus.RETURNED, LocalDate.of(2026, 2, 2), "handed back"));
			return null;
		});
		assertEquals(List.of(), store.read(session -> session.cards().pastDeadline(CardDeadline.LAST_VALID_DAY, LocalDate.of(2029, 4, 1))),
				"no longer held");
		store.close();
		store = reopen();
		MyNumberCard returned = card(cardId);
		assertEquals(CardStatus.RETURNED, returned.getStatus());
		assertEquals(List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 2, 1)),
				returned.getCertificates().stream().map(Certificate::getRevokedOn).toList());
		assertEquals(List.of("renewed on 2026-01-10", "card revoked"),
				returned.getCertificates().stream().map(Certificate::getRevocationReason).toList());
	}

	@Test
	void auditTrailIsFilteredByResidentAndDay() {
		long id = insertYamada();
		store.write(session -> {
			session.audit().append(AT, "clerk1", "show-number", id, "displayed the Individual Number");
			session.audit().append(AT, "clerk1", "search", null, "やまだ");
			return null;
		});
		List<AuditEntry> aboutYamada = store.read(session -> session.audit().entries(id, null, 100));
		assertEquals(1, aboutYamada.size());
		assertEquals("show-number", aboutYamada.get(0).operation());
		List<AuditEntry> today = store.read(session -> session.audit().entries(null, AT.toLocalDate(), 100));
		assertEquals(2, today.size());
		assertEquals(null, today.get(1).residentId());
		assertEquals(0, store.read(session -> session.audit().entries(null, AT.toLocalDate().plusDays(1), 100)).size());
	}

	@Test
	void auditTrailIsFilteredByOperatorAndPeriod() {
		long id = insertYamada();
		store.write(session -> {
			session.audit().append(AT, "clerk1", "show-number", id, null);
			session.audit().append(AT, "auditor1", "audit", null, null);
			return null;
		});
		List<AuditEntry> byClerk = store.read(session -> session.audit().entries("clerk1", null, null, null, 100));
		assertEquals(List.of("show-number"), byClerk.stream().map(AuditEntry::operation).toList());
		LocalDate today = AT.toLocalDate();
		assertEquals(2, store.read(session -> session.audit().entries(null, null, today, today, 100)).size(), "the last day is included");
		assertEquals(0, store.read(session -> session.audit().entries(null, null, null, today.minusDays(1), 100)).size());
	}

	@Test
	void expiriesAreCountedByMonthAndListed() {
		insertYamada();
		// the held card expires 2029-10-10, its two certificates 2024-10-10
		List<MonthlyExpiries> months = store.read(session -> session.statistics().expiriesByMonth(LocalDate.of(2029, 9, 20), 3));
		assertEquals(List.of(new MonthlyExpiries(YearMonth.of(2029, 9), 0, 0), new MonthlyExpiries(YearMonth.of(2029, 10), 1, 0),
				new MonthlyExpiries(YearMonth.of(2029, 11), 0, 0)), months);
		assertEquals(2, store.read(session -> session.statistics().expiriesByMonth(LocalDate.of(2024, 10, 1), 1)).get(0).certificates());
		List<ExpiringDocument> october = store.read(session -> session.statistics().expiring(LocalDate.of(2024, 10, 1),
				LocalDate.of(2024, 10, 31), 10));
		assertEquals(List.of("signature", "user"), october.stream().map(ExpiringDocument::document).toList());
		assertEquals("山田\u3000花子", october.get(0).name());
		assertEquals(1, store.read(session -> session.statistics().expiring(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 31), 1)).size());
	}

	@Test
	void searchCountMatchesTheSearch() {
		insertYamada();
		Resident suzuki = Fixtures.resident("鈴木", "一郎", "スズキ", "イチロウ", "234567890121");
		Fixtures.joinHousehold(suzuki, "H-0001", "夫");
		store.write(session -> session.residents().insert(suzuki));
		assertEquals(2, store.read(session -> session.residents().searchCount("")));
		assertEquals(1, store.read(session -> session.residents().searchCount("やまだ")));
		assertEquals(0, store.read(session -> session.residents().searchCount("タナカ")));
		List<Housemate> household = store.read(session -> session.residents().household(suzuki.getId()));
		assertEquals(List.of("世帯主", "夫"), household.stream().map(Housemate::relationship).toList(), "the head first");
	}

	@Test
	void aResidentMovesToAnotherHouseholdAndItsHeadChanges() {
		long yamada = insertYamada();
		Resident suzuki = Fixtures.resident("鈴木", "一郎", "スズキ", "イチロウ", "234567890121");
		Fixtures.joinHousehold(suzuki, "H-0001", "夫");
		store.write(session -> session.residents().insert(suzuki));
		// the head sets up a household of her own; the husband becomes head of the one she left
		store.write(session -> {
			session.residents().changeHousehold(yamada, "H-0002", "世帯主");
			session.residents().changeHousehold(suzuki.getId(), "H-0001", "世帯主");
			return null;
		});
		Resident moved = store.read(session -> session.residents().find(yamada)).orElseThrow();
		assertEquals("H-0002", ((Household) moved.getHousehold().eContainer()).getId());
		assertEquals(moved, ((Household) moved.getHousehold().eContainer()).getHead());
		List<Housemate> left = store.read(session -> session.residents().household(suzuki.getId()));
		assertEquals(List.of(suzuki.getId()), left.stream().map(Housemate::id).toList());
		assertEquals("世帯主", left.get(0).relationship());
		assertEquals(2L, store.read(session -> session.statistics().households()));
		store.write(session -> {
			session.residents().changeHousehold(suzuki.getId(), "H-0002", "夫");
			return null;
		});
		assertEquals(1L, store.read(session -> session.statistics().households()), "a household its last member left is gone");
	}

	@Test
	void aLongUnitOfWorkDoesNotMakeAnotherWait() throws Exception {
		insertYamada();
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread report = new Thread(() -> store.read(session -> {
			inside.countDown();
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return session.statistics().residents();
		}));
		report.start();
		assertTrue(inside.await(10, TimeUnit.SECONDS));
		// the clerk's click while the report's transaction is open
		assertEquals(1, store.read(session -> session.residents().searchCount("やまだ")));
		store.write(session -> {
			session.audit().append(AT, "clerk1", "view-resident", null, null);
			return null;
		});
		release.countDown();
		report.join(10_000);
		assertFalse(report.isAlive());
	}

	@Test
	void heldCardsCarryTheCurrentAddressLiveCertificatesAndPendingApplications() {
		long yamada = insertYamada();
		Resident suzuki = Fixtures.resident("鈴木", "一郎", "スズキ", "イチロウ", "234567890123");
		MyNumberCard lost = Fixtures.issuedCard("CD1234567890");
		lost.setStatus(CardStatus.SUSPENDED);
		suzuki.getCards().add(lost);
		MyNumberCard replacement = ModelFactory.eINSTANCE.createMyNumberCard();
		replacement.setStatus(CardStatus.APPLIED);
		suzuki.getCards().add(replacement);
		long suzukiId = store.write(session -> session.residents().insert(suzuki));
		Address chuo = Fixtures.address("日本橋", "3丁目", "4番5号");
		chuo.setMunicipalityCode("131024");
		store.write(session -> {
			session.residents().addAddress(yamada, Fixtures.entry(chuo, LocalDate.of(2024, 4, 1), NotificationKind.MOVE_IN));
			long card = session.residents().find(suzukiId).orElseThrow().getCards().get(0).getId();
			session.cards().revokeCertificates(card, LocalDate.of(2025, 1, 5), "lost");
			return null;
		});

		List<HeldCard> all = heldCards(null);
		assertEquals(List.of(yamada, suzukiId), all.stream().map(HeldCard::residentId).toList());
		HeldCard moved = all.get(0);
		assertEquals("131024", moved.municipalityCode());
		assertEquals("日本橋3丁目", moved.town());
		assertEquals("issued", moved.cardStatus());
		assertTrue(moved.userCertificate() && moved.signatureCertificate());
		assertFalse(moved.applicationPending());
		HeldCard suspended = all.get(1);
		assertEquals("suspended", suspended.cardStatus());
		assertFalse(suspended.userCertificate() || suspended.signatureCertificate());
		assertTrue(suspended.applicationPending());
		assertEquals(List.of(suzukiId), heldCards("131016").stream().map(HeldCard::residentId).toList());
		assertEquals(List.of(yamada), heldCards("131024").stream().map(HeldCard::residentId).toList());
	}

	private List<HeldCard> heldCards(String municipalityCode) {
		List<HeldCard> cards = new ArrayList<>();
		store.read(session -> {
			session.heldCards().each(municipalityCode, cards::add);
			return null;
		});
		return cards;
	}

	@Test
	void statisticsCountEveryCardStatus() {
		insertYamada();
		Map<String, Long> cards = store.read(session -> session.statistics().cardsByStatus());
		assertEquals(8, cards.size());
		assertEquals(1L, cards.get("issued"));
		assertEquals(0L, cards.get("revoked"));
		assertEquals(1L, store.read(session -> session.statistics().households()));
		assertEquals(2L, store.read(session -> session.statistics().certificates()));
	}

	@Test
	void operatorsSettingsAndJobProgress() {
		store.write(session -> {
			session.operators().insert(new Operator("sato", "佐藤", "SUPERVISOR", "pbkdf2$x"));
			session.settings().put("kind", "demo");
			session.settings().put("kind", "production");
			session.jobs().record("demo", 500, 1000);
			return null;
		});
		assertEquals("SUPERVISOR", store.read(session -> session.operators().find("sato")).orElseThrow().role());
		assertEquals("production", store.read(session -> session.settings().get("kind")).orElseThrow());
		assertEquals(500L, store.read(session -> session.jobs().done("demo")));
		store.write(session -> {
			session.jobs().finish("demo");
			return null;
		});
		assertEquals(0L, store.read(session -> session.jobs().done("demo")));
	}

	@Test
	void aRejectedRowIsKeptWhateverItsLength() {
		String original = "123456789018," + "あ".repeat(20_000) + ",花子";
		String reason = "長すぎます。".repeat(1_000);
		store.write(session -> {
			session.importRuns().addReject("import:long", new ImportReject(2_501, "family_name", reason, "Too long.", original));
			return null;
		});
		assertEquals(List.of(new ImportReject(2_501, "family_name", reason, "Too long.", original)),
				store.read(session -> session.importRuns().rejects("import:long")));
	}

	@Test
	void aNameAtItsMaximumIsStoredAndFoundWhenItsSearchKeyGrows() {
		// NFKC writes the ligature U+FDFA as 18 letters: 100 of them fold to a key of 1,800
		Resident resident = Fixtures.resident("\ufdfa".repeat(100), "\ufdfa".repeat(100), "アラビ", "アン", "123456789018");
		resident.getAddresses().get(0).getAddress().setTown("\ufdfa".repeat(100));
		long id = store.write(session -> session.residents().insert(resident));
		assertEquals(id, store.read(session -> session.residents().search("\ufdfa", 10, 0)).get(0).id());
		assertEquals(id, store.read(session -> session.residents().search("千代田区\ufdfa", 10, 0)).get(0).id());
	}
}
