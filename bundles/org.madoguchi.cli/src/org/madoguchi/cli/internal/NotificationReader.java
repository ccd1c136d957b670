package org.madoguchi.cli.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.ResidenceStatuses;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.service.ChangeKind;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.HouseholdChange;
import org.madoguchi.service.MoveIn;
import org.madoguchi.service.MoveOut;
import org.madoguchi.service.NameChange;
import org.madoguchi.service.Register;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One change of a notification file ({@code notify}) as the service call that records it. Keys
 * are the README's: the dates, {@code resident}, {@code person} and the addresses with the
 * resident file's columns in camelCase, {@code household}, {@code card}, …; a key that is
 * missing or of the wrong form is refused naming the key.
 */
final class NotificationReader {

	/** A change read from the file, ready to be recorded. */
	record Notification(ChangeKind kind, Long resident, Function<Register, ChangeOutcome> record) {
	}

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	private final JsonObject change;

	private NotificationReader(JsonObject change) {
		this.change = change;
	}

	/** @throws NotificationException naming the key that is missing or wrong */
	static Notification read(JsonElement element) {
		if (!element.isJsonObject()) {
			throw new NotificationException("a change is a JSON object");
		}
		return new NotificationReader(element.getAsJsonObject()).notification();
	}

	private Notification notification() {
		String code = text(change, "kind", true);
		ChangeKind kind = ChangeKind.ofCode(code)
				.orElseThrow(() -> new NotificationException("kind: " + code + " is not move-in, birth, move-within, move-out, "
						+ "household-change, name-change, death, correction or cancel"));
		return switch (kind) {
		case MOVE_IN -> new Notification(kind, null, register -> register.changes().moveIn(moveIn()));
		case BIRTH -> {
			Resident newborn = person(object(change, "person", true), false);
			LocalDate bornOn = date(change, "bornOn", true);
			LocalDate notifiedOn = date(change, "notifiedOn", false);
			String household = text(object(change, "household", true), "id", true);
			yield new Notification(kind, null, register -> register.changes().birth(newborn, bornOn, notifiedOn, household));
		}
		case MOVE_WITHIN -> {
			AddressEntry entry = FACTORY.createAddressEntry();
			entry.setAddress(address(object(change, "address", true), "address"));
			entry.setSetOn(date(change, "movedOn", true));
			entry.setNotifiedOn(date(change, "notifiedOn", true));
			entry.setNotification(NotificationKind.MOVE_WITHIN);
			yield existing(kind, (register, target) -> register.changes().moveWithin(target, entry));
		}
		case MOVE_OUT -> {
			boolean abroad = flag(change, "abroad");
			JsonObject destination = object(change, "destination", !abroad);
			MoveOut move = new MoveOut(date(change, "plannedOn", true), date(change, "notifiedOn", true),
					destination == null ? null : address(destination, "destination"), abroad, flag(change, "keepCardAbroad"));
			yield existing(kind, (register, target) -> register.changes().moveOut(target, move));
		}
		case HOUSEHOLD_CHANGE -> existing(kind, (register, target) -> register.changes().changeHousehold(target, householdChange()));
		case NAME_CHANGE -> {
			JsonObject person = object(change, "person", true);
			NameChange name = new NameChange(text(person, "familyName", true), text(person, "givenName", false),
					text(person, "familyNameKana", true), text(person, "givenNameKana", false), date(change, "changedOn", true),
					date(change, "notifiedOn", false), text(change, "reason", true));
			yield existing(kind, (register, target) -> register.changes().changeName(target, name));
		}
		case DEATH -> {
			LocalDate diedOn = date(change, "diedOn", true);
			LocalDate notifiedOn = date(change, "notifiedOn", false);
			yield existing(kind, (register, target) -> register.changes().death(target, diedOn, notifiedOn));
		}
		case CORRECTION -> {
			String field = text(change, "field", true);
			String value = text(change, "value", false);
			String reason = text(change, "reason", true);
			yield existing(kind, (register, target) -> register.changes().correct(target, field, value, reason));
		}
		case CANCEL -> {
			long cancelled = number(change, "change");
			String reason = text(change, "reason", false);
			yield new Notification(kind, null, register -> register.changes().cancel(cancelled, reason));
		}
		};
	}

	/** A change to the record named by {@code resident}. */
	private Notification existing(ChangeKind kind, BiFunction<Register, ChangeTarget, ChangeOutcome> record) {
		long resident = number(change, "resident");
		return new Notification(kind, resident, register -> record.apply(register, ChangeTarget.of(resident)));
	}

	private MoveIn moveIn() {
		Resident person = person(object(change, "person", true), true);
		JsonObject previous = object(change, "previousAddress", false);
		JsonObject household = object(change, "household", false);
		String householdId = household == null || flag(household, "new") ? null : text(household, "id", true);
		return new MoveIn(person, address(object(change, "address", true), "address"),
				previous == null ? null : address(previous, "previousAddress"), date(change, "plannedOn", false),
				date(change, "movedOn", true), date(change, "notifiedOn", true), householdId,
				householdId == null ? null : text(change, "relationship", true), card(object(change, "card", false)));
	}

	private HouseholdChange householdChange() {
		JsonObject household = object(change, "household", false);
		HouseholdChange.Kind kind;
		if (flag(change, "newHead")) {
			kind = HouseholdChange.Kind.NEW_HEAD;
		} else if (household != null && flag(household, "new")) {
			kind = HouseholdChange.Kind.LEAVE;
		} else if (household != null) {
			kind = HouseholdChange.Kind.JOIN;
		} else {
			throw new NotificationException("household: give {\"new\": true} to leave to a new household, {\"id\": \"...\"} to join one, "
					+ "or newHead: true to become the head");
		}
		return new HouseholdChange(kind, kind == HouseholdChange.Kind.JOIN ? text(household, "id", true) : null,
				kind == HouseholdChange.Kind.LEAVE ? null : text(change, "relationship", true), date(change, "changedOn", true),
				date(change, "notifiedOn", false));
	}

	private static BroughtCard card(JsonObject card) {
		if (card == null) {
			return null;
		}
		String status = text(card, "status", false);
		CardStatus parsed = status == null ? null : CardStatus.get(status.toLowerCase(Locale.ROOT));
		if (status != null && parsed == null) {
			throw new NotificationException("card.status: " + status + " is not a card status (issued, suspended, …)");
		}
		return new BroughtCard(text(card, "serial", true), date(card, "issuedOn", true), date(card, "appliedOn", false), parsed);
	}

	/** The person's fields, named as the resident file's columns in camelCase. */
	private static Resident person(JsonObject fields, boolean withBirthDate) {
		Resident person = FACTORY.createResident();
		person.setFamilyName(text(fields, "familyName", true));
		person.setGivenName(text(fields, "givenName", false));
		person.setFamilyNameKana(text(fields, "familyNameKana", true));
		person.setGivenNameKana(text(fields, "givenNameKana", false));
		person.setRomanName(text(fields, "romanName", false));
		if (withBirthDate) {
			person.setBirthDate(date(fields, "birthDate", true));
		}
		person.setSex(sex(text(fields, "sex", true)));
		String nationality = text(fields, "nationality", false);
		person.setNationality(nationality == null ? Nationality.JAPAN : nationality.toUpperCase(Locale.ROOT));
		String status = text(fields, "residenceStatus", false);
		person.setResidenceStatus(status == null ? ResidenceStatus.NATIONAL : value("residenceStatus", status, ResidenceStatuses::fromWord));
		person.setResidenceUntil(date(fields, "residenceUntil", false));
		String number = text(fields, "individualNumber", false);
		person.setIndividualNumber(number == null ? null : value("individualNumber", number, IndividualNumber::normalize));
		person.setResidentCode(text(fields, "residentCode", false));
		return person;
	}

	private static Sex sex(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
		case "male", "男", "男性" -> Sex.MALE;
		case "female", "女", "女性" -> Sex.FEMALE;
		default -> throw new NotificationException("sex: " + text + " is not male or female (男, 女)");
		};
	}

	/** An address with the resident file's address columns in camelCase. */
	private static Address address(JsonObject fields, String key) {
		Address address = FACTORY.createAddress();
		address.setPostalCode(text(fields, "postalCode", true, key));
		address.setPrefecture(text(fields, "prefecture", true, key));
		address.setMunicipalityCode(text(fields, "municipalityCode", true, key));
		address.setTown(text(fields, "town", true, key));
		String number = text(fields, "addressNumber", true, key);
		address.setNumber(number);
		address.setNumberStyle(number.contains("番地") ? AddressNumberStyle.LOT_NUMBER : AddressNumberStyle.RESIDENCE_INDICATION);
		address.setBuilding(text(fields, "building", false, key));
		return address;
	}

	private static String text(JsonObject object, String key, boolean required) {
		return text(object, key, required, null);
	}

	private static String text(JsonObject object, String key, boolean required, String parent) {
		JsonElement value = object.get(key);
		String name = parent == null ? key : parent + "." + key;
		if (value == null || value.isJsonNull() || value.isJsonPrimitive() && value.getAsString().isBlank()) {
			if (required) {
				throw new NotificationException(name + " is missing");
			}
			return null;
		}
		if (!value.isJsonPrimitive()) {
			throw new NotificationException(name + " is not a text");
		}
		return value.getAsString().strip();
	}

	private static JsonObject object(JsonObject object, String key, boolean required) {
		JsonElement value = object.get(key);
		if (value == null || value.isJsonNull()) {
			if (required) {
				throw new NotificationException(key + " is missing");
			}
			return null;
		}
		if (!value.isJsonObject()) {
			throw new NotificationException(key + " is not an object");
		}
		return value.getAsJsonObject();
	}

	private static boolean flag(JsonObject object, String key) {
		JsonElement value = object.get(key);
		if (value == null || value.isJsonNull()) {
			return false;
		}
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
			throw new NotificationException(key + " is not true or false");
		}
		return value.getAsBoolean();
	}

	private static long number(JsonObject object, String key) {
		String text = text(object, key, true);
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new NotificationException(key + ": " + text + " is not an id");
		}
	}

	private static LocalDate date(JsonObject object, String key, boolean required) {
		String text = text(object, key, required);
		return text == null ? null : value(key, text, JapaneseDates::parse);
	}

	private static <T> T value(String key, String text, Function<String, T> rule) {
		try {
			return rule.apply(text);
		} catch (InvalidValueException e) {
			throw new NotificationException(key + ": " + e.problem().english());
		}
	}

	/** A change the file does not spell as the README says: the key and what is wrong with it. */
	static final class NotificationException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotificationException(String message) {
			super(message);
		}
	}
}
