package org.madoguchi.store;

import java.time.LocalDate;

import org.madoguchi.model.CardStatus;

/**
 * A held card that a rule of the nightly run finds due, with what the run needs of it: its holder,
 * serial, status and the last day before the rule applies (its last valid day, or the deadline of
 * its continued use).
 */
public record DueCard(long cardId, long holderId, String serial, CardStatus status, LocalDate lastDay) {
}
