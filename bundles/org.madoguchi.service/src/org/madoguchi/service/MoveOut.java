package org.madoguchi.service;

import java.time.LocalDate;

import org.madoguchi.model.Address;

/**
 * A move-out notification (転出届).
 *
 * @param plannedOn the move-out day: planned when notified before the move
 * @param destination the new address in Japan; null when moving abroad
 * @param keepCardAbroad a Japanese national asked, by the day before the move, to keep using the card abroad (国外継続利用)
 */
public record MoveOut(LocalDate plannedOn, LocalDate notifiedOn, Address destination, boolean abroad, boolean keepCardAbroad) {
}
