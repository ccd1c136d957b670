package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.service.CardActions.Step;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;

/** The steps the service offers the counter on a card are exactly those it then takes. */
class CardStepsTest {

	@RegisterExtension
	final DemoRegisterOnDay demo = new DemoRegisterOnDay(LocalDate.of(2026, 11, 20));

	private Register register;

	@BeforeEach
	void register() {
		register = demo.register();
	}

	@Test
	void aCardOnlyAppliedForCanBeProducedButNotRevoked() {
		long sato = register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "1234-5678-9018"));
		assertEquals(Set.of(Step.APPLY), register.cards().allowed(sato, null));
		long card = register.cards().apply(sato, LocalDate.of(2026, 10, 1), ApplicationChannel.ONLINE);
		assertEquals(Set.of(Step.RECORD_PRODUCTION), register.cards().allowed(sato, card), "no second application, nothing to revoke yet");
		ServiceException refused = assertThrows(ServiceException.class, () -> register.cards().revoke(card, "typed by mistake"));
		assertEquals("card.transition", refused.problem().key());
		assertEquals("カード " + card + " は申請受付のため、廃止にできません。", refused.problem().japanese(), "the states in the clerk's language");
		assertEquals(CardStatus.APPLIED, register.cards().view(card).status());
	}

	@Test
	void aLostCardIsReinstatedNotIssuedAgain() {
		long sato = register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "1234-5678-9018"));
		long card = issued(sato, "AB0000000001");
		assertEquals(Set.of(Step.RENEW, Step.SUSPEND, Step.REVOKE, Step.RETURN, Step.RENEW_CERTIFICATES), register.cards().allowed(sato, card),
				"a national's card has no validity change");
		register.cards().suspend(card, "lost");
		assertEquals(Set.of(Step.RENEW, Step.REINSTATE, Step.REVOKE, Step.RETURN), register.cards().allowed(sato, card));
		ServiceException refused = assertThrows(ServiceException.class, () -> register.cards().issue(card));
		assertEquals("card.transition", refused.problem().key(), "only reinstating lifts a suspension");
		register.cards().reinstate(card, "found");
		assertEquals(CardStatus.ISSUED, register.cards().view(card).status());
		assertEquals(Set.of(Step.RENEW, Step.SUSPEND, Step.REVOKE, Step.RETURN, Step.RENEW_CERTIFICATES), register.cards().allowed(sato, card));
	}

	@Test
	void aForeignResidentsHeldCardMayHaveItsValidityChanged() {
		Resident student = People.resident("ニ", "ミン", "ニ", "ミン", LocalDate.of(2000, 3, 3), "023456789013");
		student.setNationality("VNM");
		student.setResidenceStatus(ResidenceStatus.STUDENT);
		student.setResidenceUntil(LocalDate.of(2027, 3, 31));
		long id = register.residents().register(student);
		long card = issued(id, "AB0000000002");
		assertEquals(Set.of(Step.RENEW, Step.SUSPEND, Step.REVOKE, Step.RETURN, Step.RENEW_CERTIFICATES, Step.CHANGE_VALIDITY),
				register.cards().allowed(id, card));
	}

	private long issued(long residentId, String serial) {
		long card = register.cards().apply(residentId, LocalDate.of(2026, 9, 1), ApplicationChannel.COUNTER);
		register.cards().recordProduction(card, serial, LocalDate.of(2026, 10, 1));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		return card;
	}
}
