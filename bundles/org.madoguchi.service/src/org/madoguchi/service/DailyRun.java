package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.model.MyNumberCard;

/**
 * The register's nightly job ({@code madoguchi daily}): what time alone changes happens when its
 * day comes. A card whose last valid day has passed becomes expired, with its certificates.
 * Each batch of changes is one transaction; a second run on the same day changes nothing.
 */
public final class DailyRun {

	/** One thing the run changed: what, on which card of which resident, and the day it took effect. */
	public record Change(String kind, long cardId, String serial, long residentId, LocalDate on) {
	}

	/** What one run did. */
	public record Result(LocalDate asOf, List<Change> changes) {
	}

	static final String CARD_EXPIRED = "card-expired";
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
		List<Change> batch;
		do {
			batch = register.store().write(session -> {
				List<Change> done = new ArrayList<>();
				for (long cardId : session.cards().heldExpiredBefore(asOf, CHANGES_PER_TRANSACTION)) {
					MyNumberCard card = session.cards().find(cardId).orElseThrow();
					long holderId = session.cards().holderOf(cardId);
					LocalDate on = card.getExpiresOn().plusDays(1);
					register.cards().expire(session, card, holderId, on);
					done.add(new Change(CARD_EXPIRED, cardId, card.getSerial(), holderId, on));
				}
				return done;
			});
			changes.addAll(batch);
		} while (batch.size() == CHANGES_PER_TRANSACTION);
		return new Result(asOf, changes);
	}
}
