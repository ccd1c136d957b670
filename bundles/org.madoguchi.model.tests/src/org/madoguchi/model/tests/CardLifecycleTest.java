package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.InvalidValueException;

class CardLifecycleTest {

	@Test
	void cardGoesFromApplicationToTheCounter() {
		assertTrue(CardLifecycle.allows(CardStatus.APPLIED, CardStatus.PRODUCED));
		assertTrue(CardLifecycle.allows(CardStatus.PRODUCED, CardStatus.READY));
		assertTrue(CardLifecycle.allows(CardStatus.READY, CardStatus.ISSUED));
		assertFalse(CardLifecycle.allows(CardStatus.APPLIED, CardStatus.ISSUED));
	}

	@Test
	void lostCardCanBeFoundOrRevoked() {
		assertEquals(EnumSet.of(CardStatus.ISSUED, CardStatus.REVOKED, CardStatus.EXPIRED, CardStatus.RETURNED),
				CardLifecycle.next(CardStatus.SUSPENDED));
	}

	@Test
	void revokedCardIsFinal() {
		InvalidValueException refused = assertThrows(InvalidValueException.class,
				() -> CardLifecycle.requireAllowed(CardStatus.REVOKED, CardStatus.ISSUED));
		assertEquals("A card that is revoked cannot become issued.", refused.getMessage());
		assertFalse(CardLifecycle.isActive(CardStatus.REVOKED));
		assertTrue(CardLifecycle.isActive(CardStatus.SUSPENDED));
	}

	@Test
	void everyCardStillInUseIsEitherHeldOrOnItsWay() {
		for (CardStatus status : CardStatus.values()) {
			boolean held = CardLifecycle.HELD.contains(status);
			boolean pending = CardLifecycle.PENDING.contains(status);
			assertFalse(held && pending, status + " is held and pending at once");
			assertEquals(CardLifecycle.isActive(status), held || pending, status.getLiteral());
		}
		assertEquals(EnumSet.of(CardStatus.PRODUCED, CardStatus.READY, CardStatus.ISSUED, CardStatus.SUSPENDED), CardLifecycle.PRINTABLE,
				"a card J-LIS made that has not ended may be printed");
	}

	@Test
	void theStoreQueriesTheHeldCardsByTheirLiterals() {
		assertEquals("'issued', 'suspended'", CardLifecycle.sqlLiterals(CardLifecycle.HELD));
	}
}
