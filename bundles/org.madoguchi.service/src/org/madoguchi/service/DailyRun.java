package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.madoguchi.store.CardDeadline;
import org.madoguchi.store.DueCard;
import org.madoguchi.store.Session;
import org.madoguchi.store.Work;

/**
 * The register's nightly job ({@code madoguchi daily}): what time alone changes happens when its
 * day comes. A card whose last valid day has passed becomes expired, with its certificates; a
 * card brought at a move-in whose continued use was not recorded within 90 days lapses on day 91;
 * a record whose planned move-out day has come is removed (with what that does to its card).
 * Each batch of changes is one transaction; a second run on the same day changes nothing. The
 * cards of a batch end together (a batch of statements per table for the thousand): one at a time,
 * the run over a million-resident register took minutes.
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
		changes.addAll(endCards(CARD_EXPIRED, CardDeadline.LAST_VALID_DAY, asOf, CardEndings::expire));
		changes.addAll(endCards(CONTINUED_USE_LAPSED, CardDeadline.CONTINUED_USE, asOf, CardEndings::lapseUnconfirmed));
		changes.addAll(inBatches(session -> session.residents().movingOutBy(asOf), (session, residents) -> {
			List<Change> removed = new ArrayList<>();
			for (long residentId : residents) {
				session.residents().plannedMoveOut(residentId).filter(on -> !on.isAfter(asOf)).ifPresent(on -> {
					CardConsequences cards = new CardConsequences(register, session, residentId);
					register.changes().removeMovedOut(session, residentId, on, cards, ResidentChangeActions.cardGoesOnAbroad(session, cards));
					register.audit(session, AuditOperation.MOVE_OUT, residentId, AuditDetail.of("removedAsOf", on));
					removed.add(new Change(MOVED_OUT, null, null, residentId, on));
				});
			}
			return removed;
		}));
		return new Result(asOf, changes);
	}

	/** Ends the held cards past {@code deadline}, each on the day after it, all cards of a batch together. */
	private List<Change> endCards(String kind, CardDeadline deadline, LocalDate asOf, BiConsumer<CardEndings, DueCard> end) {
		return inBatches(session -> session.cards().pastDeadline(deadline, asOf), (session, cardIds) -> {
			CardEndings endings = new CardEndings(register);
			List<Change> ended = new ArrayList<>();
			for (DueCard card : session.cards().pastDeadline(deadline, asOf, cardIds)) {
				end.accept(endings, card);
				ended.add(new Change(kind, card.cardId(), card.serial(), card.holderId(), card.lastDay().plusDays(1)));
			}
			endings.store(session);
			return ended;
		});
	}

	/**
	 * Lists what is due once for the run, then applies {@code change} to it a batch per transaction.
	 * Each batch reads its records again in its transaction and changes only those still due, so that
	 * what another transaction changed meanwhile is left alone and a run killed in the middle is
	 * finished by the next. (Listed a batch at a time instead, each batch read the register again.)
	 */
	private List<Change> inBatches(Work<List<Long>> due, BiFunction<Session, List<Long>, List<Change>> change) {
		List<Long> ids = register.store().read(due);
		List<Change> changes = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHANGES_PER_TRANSACTION) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + CHANGES_PER_TRANSACTION));
			changes.addAll(register.store().write(session -> change.apply(session, batch)));
		}
		return changes;
	}
}
