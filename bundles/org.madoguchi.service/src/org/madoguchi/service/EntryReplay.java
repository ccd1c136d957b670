package org.madoguchi.service;

import java.lang.reflect.Type;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.Resident;
import org.madoguchi.store.Session;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Applies a journal entry recorded at another register by running the same use case with the
 * arguments the entry holds: the rules, validation and consequences are the counter's. The
 * arguments are read back as {@link JournalDraft} wrote them; model objects by the model's own
 * features, so that a new attribute travels without a change here.
 */
final class EntryReplay {

	private static final Gson GSON = new GsonBuilder()
			.registerTypeAdapter(LocalDate.class, (JsonDeserializer<LocalDate>) (json, type, context) -> LocalDate.parse(json.getAsString()))
			.registerTypeHierarchyAdapter(EObject.class, (JsonDeserializer<EObject>) (json, type, context) -> model(json.getAsJsonObject(), type))
			.create();

	private EntryReplay() {
	}

	/**
	 * Runs {@code entry}'s use case in {@code session} (the caller's transaction) as the entry's
	 * operator at the entry's time; the records it creates get the entry's ids and the register's
	 * journal gets the entry under its office and sequence, without audit entries (the office's own
	 * travel with its change file). The version a clerk opened a record at is the office's: whether
	 * the record changed here meanwhile is decided before, as a conflict.
	 *
	 * @throws ServiceException when the use case refuses the entry here
	 */
	static void apply(Register register, Session session, ChangeJournal.Entry entry) {
		Register applying = register.applying(session, entry, new Operator(entry.operator(), entry.operator(), Role.SUPERVISOR));
		Arguments in = new Arguments(JsonParser.parseString(entry.input()).getAsJsonObject());
		switch (entry.useCase()) {
		case "resident.register" -> applying.residents().register(in.get("resident", Resident.class));
		case "resident.move" -> applying.residents().move(in.id("resident"), in.get("entry", AddressEntry.class));
		case "change.move-in" -> applying.changes().moveIn(in.get("move", MoveIn.class));
		case "change.birth" -> applying.changes().birth(in.get("newborn", Resident.class), in.date("bornOn"), in.date("notifiedOn"),
				in.text("household"));
		case "change.move-within" -> applying.changes().moveWithin(in.target(), in.get("entry", AddressEntry.class));
		case "change.household-change" -> applying.changes().changeHousehold(in.target(), in.get("change", HouseholdChange.class));
		case "change.correction" -> applying.changes().correct(in.target(), in.text("field"), in.text("value"), in.text("reason"));
		case "change.move-out" -> applying.changes().moveOut(in.target(), in.get("move", MoveOut.class));
		case "change.death" -> applying.changes().death(in.target(), in.date("diedOn"), in.date("notifiedOn"));
		case "change.name-change" -> applying.changes().changeName(in.target(), in.get("name", NameChange.class));
		case "change.cancel" -> applying.changes().cancel(in.id("change"), in.text("reason"));
		case "card.apply" -> applying.cards().apply(in.id("resident"), in.date("receivedOn"), in.get("channel", ApplicationChannel.class));
		case "card.record-production" -> applying.cards().recordProduction(in.id("card"), in.text("serial"), in.date("issuedOn"));
		case "card.ready-for-pickup" -> applying.cards().readyForPickup(in.id("card"));
		case "card.issue" -> applying.cards().issue(in.id("card"));
		case "card.suspend" -> applying.cards().suspend(in.id("card"), in.text("reason"));
		case "card.reinstate" -> applying.cards().reinstate(in.id("card"), in.text("reason"));
		case "card.revoke" -> applying.cards().revoke(in.id("card"), in.text("reason"));
		case "card.return" -> applying.cards().returned(in.id("card"), in.text("reason"));
		case "card.renew-certificates" -> applying.cards().renewCertificates(in.id("card"), in.date("on"));
		case "card.change-validity" -> applying.cards().changeValidity(in.id("card"), in.date("residenceUntil"));
		case "card.continued-use" -> applying.cards().recordContinuedUse(in.id("card"), in.date("on"));
		case "card.notes-written" -> applying.cards().recordNotesWritten(in.id("card"));
		default -> throw ServiceException.of("sync.unknownUseCase", entry.office(), entry.sequence(), entry.useCase());
		}
	}

	/** An entry's arguments by name. */
	private record Arguments(JsonObject input) {

		<T> T get(String name, Class<T> type) {
			JsonElement value = input.get(name);
			return value == null || value.isJsonNull() ? null : GSON.fromJson(value, type);
		}

		long id(String name) {
			return input.get(name).getAsLong();
		}

		String text(String name) {
			return get(name, String.class);
		}

		LocalDate date(String name) {
			return get(name, LocalDate.class);
		}

		/** The resident a change is recorded on, as it is here. */
		ChangeTarget target() {
			return ChangeTarget.of(input.getAsJsonObject("target").get("residentId").getAsLong());
		}
	}

	/** A model object of the class {@code type} names, from its attributes and contents as {@link JournalDraft} wrote them. */
	private static EObject model(JsonObject json, Type type) {
		return model(json, eClass(type));
	}

	private static EObject model(JsonObject json, EClass eClass) {
		EObject object = EcoreUtil.create(eClass);
		for (var property : json.entrySet()) {
			EStructuralFeature feature = eClass.getEStructuralFeature(property.getKey());
			JsonElement value = property.getValue();
			if (feature instanceof EAttribute attribute) {
				object.eSet(attribute, value.isJsonNull() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), value.getAsString()));
			} else if (feature instanceof EReference containment && containment.isContainment()) {
				contained(object, containment, value);
			}
		}
		if (object instanceof Resident resident && json.has("household")) {
			joinHousehold(resident, json.getAsJsonObject("household"));
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private static void contained(EObject object, EReference containment, JsonElement value) {
		if (containment.isMany()) {
			for (JsonElement child : value.getAsJsonArray()) {
				((java.util.List<EObject>) object.eGet(containment)).add(model(child.getAsJsonObject(), containment.getEReferenceType()));
			}
		} else {
			object.eSet(containment, model(value.getAsJsonObject(), containment.getEReferenceType()));
		}
	}

	/** A resident's household, as the counter gave it: its code and the resident's relationship to its head. */
	private static void joinHousehold(Resident resident, JsonObject household) {
		Household joined = ModelFactory.eINSTANCE.createHousehold();
		joined.setId(household.get("id").getAsString());
		HouseholdMember member = ModelFactory.eINSTANCE.createHouseholdMember();
		member.setRelationship(household.get("relationship").isJsonNull() ? null : household.get("relationship").getAsString());
		joined.getMembers().add(member);
		member.setResident(resident);
	}

	private static EClass eClass(Type type) {
		for (EClassifier classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && eClass.getInstanceClass() == type) {
				return eClass;
			}
		}
		throw new IllegalArgumentException("no model class for " + type);
	}
}
