package org.madoguchi.store;

import java.time.Instant;

/**
 * One use case that changed the register, as data: what travels between registers.
 *
 * @param office the code of the office whose register recorded it
 * @param sequence its number among the office's entries: 1, 2, 3, … without gaps
 * @param useCase the use case's name, e.g. {@code card.issue}
 * @param input the use case's arguments as a JSON object
 * @param reads the version of each record the use case read, as a JSON object (e.g. {@code {"card/12":3}})
 * @param created the residents, cards and resident changes the use case created, as a JSON array of
 *        their keys (e.g. {@code ["resident/1000000000000"]}): recorded by the store as the unit of
 *        work that appended the entry creates them (ignored in an entry appended)
 * @param order its place in the order central applied the city's entries in (see
 *        {@link Journal#inOrderAfter(long, String, int)}); null for an office's own entries
 */
public record JournalEntry(String office, long sequence, String operator, Instant recordedAt, String useCase, String input, String reads,
		String created, Long order) {
}
