package org.madoguchi.service;

import java.time.Instant;
import java.util.List;

import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The journal of the use cases that changed the register: each one, as the service took it, with
 * its office, a sequence number without gaps per office, its operator and time, and the version
 * of each record it read. It is written in the use case's own transaction, so a register holds an
 * entry exactly for each change it holds. It is what travels between a city's registers.
 */
public final class ChangeJournal {

	/** The setting that holds the code of the office whose register this is. */
	static final String OFFICE_CODE = "office.code";
	/** The setting that holds the block of ids a branch office's register hands out. */
	static final String ID_BLOCK = "office.idBlock";
	/** The office code of a register that is no branch office's: the city's central register. */
	public static final String CENTRAL = "central";

	/**
	 * An entry as recorded.
	 *
	 * @param useCase the use case's name, e.g. {@code card.issue}
	 * @param input its arguments, a JSON object
	 * @param reads the version of each record it read, a JSON object, e.g. {@code {"card/12":3}}
	 * @param created the residents, cards and resident changes it created, a JSON array of their
	 *        keys, e.g. {@code ["resident/1000000000000"]}: a register applying the entry gives them the same ids
	 * @param order its place in the order central applied the city's entries in; null for an office's entry central has not applied
	 */
	public record Entry(String office, long sequence, String operator, Instant recordedAt, String useCase, String input, String reads,
			String created, Long order) {

		static Entry of(JournalEntry entry) {
			return new Entry(entry.office(), entry.sequence(), entry.operator(), entry.recordedAt(), entry.useCase(), entry.input(), entry.reads(),
					entry.created(), entry.order());
		}

		/** The entry as the journal keeps it. */
		JournalEntry journaled() {
			return new JournalEntry(office, sequence, operator, recordedAt, useCase, input, reads, created, order);
		}

		/** An entry of {@code office} as a change file carries it (see {@link #json()}). */
		static Entry of(String office, JsonObject line) {
			return new Entry(office, line.get("sequence").getAsLong(), line.get("operator").getAsString(),
					Instant.parse(line.get("recordedAt").getAsString()), line.get("useCase").getAsString(), line.get("input").toString(),
					line.get("reads").toString(), line.get("created").toString(),
					line.has("order") ? Long.valueOf(line.get("order").getAsLong()) : null);
		}

		/** The entry as a change file carries it: its fields, with its input, reads and created records as the JSON they are. */
		JsonObject json() {
			JsonObject line = new JsonObject();
			line.addProperty("sequence", sequence);
			line.addProperty("operator", operator);
			line.addProperty("recordedAt", recordedAt.toString());
			line.addProperty("useCase", useCase);
			line.add("input", JsonParser.parseString(input));
			line.add("reads", JsonParser.parseString(reads));
			line.add("created", JsonParser.parseString(created));
			if (order != null) {
				line.addProperty("order", order);
			}
			return line;
		}
	}

	private final Register register;

	ChangeJournal(Register register) {
		this.register = register;
	}

	/** The code of the office whose register this is. */
	public String office() {
		return register.store().read(ChangeJournal::office);
	}

	static String office(Session session) {
		return session.settings().get(OFFICE_CODE).orElse(CENTRAL);
	}

	/**
	 * This office's entries after {@code sequence}, oldest first, at most {@code limit}: what a
	 * change file carries (a supervisor's: the entries hold the arguments as typed, numbers included).
	 */
	public List<Entry> entries(long sequence, int limit) {
		register.require(Permission.SUPERVISE, "read the journal");
		return register.store().read(session -> session.journal().after(office(session), sequence, limit)).stream()
				.map(Entry::of).toList();
	}
}
