package org.madoguchi.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.Resident;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/**
 * The journal entry of a use case, taken as the use case starts: its name, its arguments as the
 * service took them (written as JSON at once, before the use case changes them) and the records
 * it reads, whose versions go into the entry.
 */
final class JournalDraft {

	/** A record a use case reads, by the table that counts its versions. */
	enum Read {
		RESIDENT, CARD
	}

	private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping()
			.registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (date, type, context) -> new JsonPrimitive(date.toString()))
			.registerTypeHierarchyAdapter(EObject.class, (JsonSerializer<EObject>) (object, type, context) -> model(object)).create();

	private final String useCase;
	private final JsonObject input = new JsonObject();
	private final Set<Reading> reads = new LinkedHashSet<>();

	private JournalDraft(String useCase) {
		this.useCase = useCase;
	}

	/** The entry of the use case {@code useCase} (e.g. {@code card.issue}). */
	static JournalDraft of(String useCase) {
		return new JournalDraft(useCase);
	}

	/** Adds the argument {@code name}: a number, text, date, enum, record or model object. */
	JournalDraft with(String name, Object value) {
		input.add(name, GSON.toJsonTree(value));
		return this;
	}

	/** A record read, named in the entry as {@code resident/12}. */
	private record Reading(Read record, long id) {
		String key() {
			return RecordKey.of(record.name(), id).toString();
		}

		Optional<Integer> version(Session session) {
			return record == Read.RESIDENT ? session.residents().version(id) : session.cards().version(id);
		}
	}

	/** The use case reads the record {@code id}: the entry keeps the version it had. */
	JournalDraft reading(Read record, long id) {
		reads.add(new Reading(record, id));
		return this;
	}

	/**
	 * Appends the entry to the journal of the register's office, in the use case's transaction: call
	 * it before the use case changes the records it reads, so that their versions are those it read.
	 */
	void record(Session session, String operator, Instant at) {
		JsonObject versions = new JsonObject();
		for (Reading read : reads) {
			read.version(session).ifPresent(version -> versions.addProperty(read.key(), version));
		}
		String office = ChangeJournal.office(session);
		session.journal().append(new JournalEntry(office, 0, operator, at, useCase, GSON.toJson(input), GSON.toJson(versions), "[]", null),
				ChangeJournal.CENTRAL.equals(office));
	}

	/**
	 * A model object as data: its attributes that are set, in the model's text form, and what it
	 * contains; of a resident also the household it belongs to, by code, with the relationship.
	 */
	private static JsonObject model(EObject object) {
		JsonObject json = new JsonObject();
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (object.eIsSet(attribute)) {
				Object value = object.eGet(attribute);
				json.addProperty(attribute.getName(), value == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), value));
			}
		}
		for (EReference containment : object.eClass().getEAllContainments()) {
			if (containment.isMany()) {
				JsonArray contained = new JsonArray();
				for (Object child : (Iterable<?>) object.eGet(containment)) {
					contained.add(model((EObject) child));
				}
				if (!contained.isEmpty()) {
					json.add(containment.getName(), contained);
				}
			} else if (object.eIsSet(containment)) {
				json.add(containment.getName(), model((EObject) object.eGet(containment)));
			}
		}
		if (object instanceof Resident resident && resident.getHousehold() != null) {
			json.add("household", household(resident.getHousehold()));
		}
		return json;
	}

	private static JsonElement household(HouseholdMember member) {
		JsonObject json = new JsonObject();
		json.addProperty("id", ((Household) member.eContainer()).getId());
		json.addProperty("relationship", member.getRelationship());
		return json;
	}
}
