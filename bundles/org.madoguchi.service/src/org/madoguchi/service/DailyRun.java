package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.madoguchi.model.MyNumberCard;
import org.madoguchi.store.Session;

/**
 * The register's nightly job ({@code madoguchi daily}): what time alone changes happens when its
 * day comes. A card whose last valid day has passed becomes expired, with its certificates; a
 * card brought at a move-in whose continued use was not recorded within 90 days lapses on day 91;
 * a record whose planned move-out day has come is removed (with what that does to its card).
 * Each batch of changes is one transaction; a second run on the same day changes nothing.
 */
public final class DailyRun {

	/** One thing the run changed: what, on which card (none for a record's removal) of which resident, and the day it took effect. */
	public record Change(String kind, Long cardId, String serial, long residentId, LocalDate on) {
	}

	/** What one run did. */
	public record Result(LocalDate asOf, List<Change> changes) {
	}

	public static final String CARD_EXPIRED = "card-expired";
	public static final String MOVED_OUT = "moved-out";
	public static final String CONTINUED_USE_LAPSED = "continued-use-lapsed";
	private static final int CHANGES_PER_TRANSACTION = 1_000;

	private final Register register;

	DailyRun(Register register) {
		this.register = register;
	}

	/** Applies what is due on {@code asOf}, which may lie in the past (a missed night) but not in the future. */
	public Result run(LocalDate asOf) {
		register.require(Permission.SUPERVISE, "run the daily job");
		if (asOf.isAfter(register.today())) {
			throw ServiceException.of("daily.future", asOf, register.today());
		}
		List<Change> changes = new ArrayList<>();
		changes.addAll(inBatches(session -> session.cards().heldExpiredBefore(asOf, CHANGES_PER_TRANSACTION), (session, cardId) -> {
			MyNumberCard card = session.cards().find(cardId).orElseThrow();
			long holderId = session.cards().holderOf(cardId);
			LocalDate on = card.getExpiresOn().plusDays(1);
			register.cards().expire(session, card, holderId, on);
			return new Change(CARD_EXPIRED, cardId, card.getSerial(), holderId, on);
		}));
		changes.addAll(inBatches(session -> session.cards().continuedUseOverdue(asOf, CHANGES_PER_TRANSACTION), (session, cardId) -> {
			MyNumberCard card = session.cards().find(cardId).orElseThrow();
			long holderId = session.cards().holderOf(cardId);
			LocalDate on = session.cards().continuedUseDue(cardId).orElseThrow().plusDays(1);
			new CardConsequences(register, session, holderId).lapse(card, on, "continued use not recorded by " + on.minusDays(1));
			return new Change(CONTINUED_USE_LAPSED, cardId, card.getSerial(), holderId, on);
		}));
		changes.addAll(inBatches(session -> session.residents().movingOutBy(asOf, CHANGES_PER_TRANSACTION), (session, residentId) -> {
			LocalDate on = session.residents().plannedMoveOut(residentId).orElseThrow();
			CardConsequences cards = new CardConsequences(register, session, residentId);
			register.changes().removeMovedOut(session, residentId, on, cards, ResidentChangeActions.cardGoesOnAbroad(session, cards));
			register.audit(session, AuditOperation.MOVE_OUT, residentId, "record removed as of " + on);
			return new Change(MOVED_OUT, null, null, residentId, on);
		}));
		return new Result(asOf, changes);
	}

	/**
	 * Applies {@code change} to what {@code due} lists, a transaction per batch, until a batch is
	 * not full: what was done is no longer listed, so a run killed in the middle is finished by the next.
	 */
	private List<Change> inBatches(Function<Session, List<Long>> due, BiFunction<Session, Long, Change> change) {
		List<Change> changes = new ArrayList<>();
		List<Change> batch;
		do {
			batch = register.store().write(session -> {
				List<Change> done = new ArrayList<>();
				for (long id : due.apply(session)) {
					done.add(change.apply(session, id));
				}
				return done;
			});
			changes.addAll(batch);
		} while (batch.size() == CHANGES_PER_TRANSACTION);
		return changes;
	}
}
