package org.madoguchi.model.values;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.madoguchi.model.CardStatus;

/**
 * The lifecycle of a My Number Card: applied → produced → ready for pickup → issued →
 * suspended (lost) → revoked / expired / returned. A suspended card that is found is issued again.
 */
public final class CardLifecycle {

	/** A card the resident has in hand and may use: it counts in expiry lists and the dashboard. */
	public static final Set<CardStatus> HELD = Collections.unmodifiableSet(EnumSet.of(CardStatus.ISSUED, CardStatus.SUSPENDED));
	/** An application on its way to the resident: a second one is refused. */
	public static final Set<CardStatus> PENDING = Collections
			.unmodifiableSet(EnumSet.of(CardStatus.APPLIED, CardStatus.PRODUCED, CardStatus.READY));
	/** A card J-LIS has produced and that has not ended: what may be printed. */
	public static final Set<CardStatus> PRINTABLE = Collections
			.unmodifiableSet(EnumSet.of(CardStatus.PRODUCED, CardStatus.READY, CardStatus.ISSUED, CardStatus.SUSPENDED));

	private static final Map<CardStatus, Set<CardStatus>> NEXT = Map.of(
			CardStatus.APPLIED, EnumSet.of(CardStatus.PRODUCED, CardStatus.REVOKED),
			CardStatus.PRODUCED, EnumSet.of(CardStatus.READY, CardStatus.REVOKED),
			CardStatus.READY, EnumSet.of(CardStatus.ISSUED, CardStatus.REVOKED),
			CardStatus.ISSUED, EnumSet.of(CardStatus.SUSPENDED, CardStatus.REVOKED, CardStatus.EXPIRED, CardStatus.RETURNED),
			CardStatus.SUSPENDED, EnumSet.of(CardStatus.ISSUED, CardStatus.REVOKED, CardStatus.EXPIRED, CardStatus.RETURNED),
			CardStatus.REVOKED, EnumSet.noneOf(CardStatus.class),
			CardStatus.EXPIRED, EnumSet.noneOf(CardStatus.class),
			CardStatus.RETURNED, EnumSet.noneOf(CardStatus.class));

	/** The statuses a card in {@code from} may move to. */
	public static Set<CardStatus> next(CardStatus from) {
		Set<CardStatus> next = EnumSet.noneOf(CardStatus.class);
		next.addAll(NEXT.get(from));
		return next;
	}

	public static boolean allows(CardStatus from, CardStatus to) {
		return NEXT.get(from).contains(to);
	}

	/** @throws InvalidValueException when the lifecycle does not allow the move */
	public static void requireAllowed(CardStatus from, CardStatus to) {
		if (!allows(from, to)) {
			throw new InvalidValueException(new Problem("card.transition", from.getLiteral(), to.getLiteral()));
		}
	}

	/** Whether the card still counts as the resident's card: a resident has at most one such card. */
	public static boolean isActive(CardStatus status) {
		return !NEXT.get(status).isEmpty();
	}

	/** The statuses as an SQL list of their literals, {@code 'issued', 'suspended'}, for the store's queries. */
	public static String sqlLiterals(Set<CardStatus> statuses) {
		return statuses.stream().map(status -> "'" + status.getLiteral() + "'").collect(Collectors.joining(", "));
	}

	private CardLifecycle() {
	}
}
