package org.madoguchi.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.madoguchi.store.Session;

import com.google.gson.JsonParser;

/**
 * A record as a journal entry names it, {@code resident/12}, {@code card/7} or {@code change/3}:
 * the keys of the versions an entry read and of the records it created, which name the same
 * record in every register of the city.
 */
record RecordKey(String kind, long id) {

	static final String RESIDENT = "resident";
	static final String CARD = "card";

	static RecordKey parse(String key) {
		int slash = key.indexOf('/');
		return new RecordKey(key.substring(0, slash), Long.parseLong(key.substring(slash + 1)));
	}

	/** The keys of an entry's {@code reads} (a JSON object keyed by record). */
	static List<RecordKey> read(String reads) {
		return JsonParser.parseString(reads).getAsJsonObject().keySet().stream().map(RecordKey::parse).toList();
	}

	/** The keys of an entry's {@code created} (a JSON array of keys). */
	static List<RecordKey> created(String created) {
		List<RecordKey> keys = new ArrayList<>();
		JsonParser.parseString(created).getAsJsonArray().forEach(key -> keys.add(parse(key.getAsString())));
		return keys;
	}

	static RecordKey of(String kind, long id) {
		return new RecordKey(kind.toLowerCase(Locale.ROOT), id);
	}

	/** The resident the record is about here: itself, or a card's holder when the card exists here. */
	Optional<Long> resident(Session session) {
		if (RESIDENT.equals(kind)) {
			return Optional.of(id);
		}
		return CARD.equals(kind) && session.cards().version(id).isPresent() ? Optional.of(session.cards().holderOf(id)) : Optional.empty();
	}

	@Override
	public String toString() {
		return kind + "/" + id;
	}
}
