package org.madoguchi.cli.internal;

import static org.madoguchi.model.values.TextFields.visible;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.ChangeView;
import org.madoguchi.service.ResidentRecord;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi resident show ID [--json]}: a resident's whole record, the number masked. */
@Command(name = "resident", description = "Shows residents' records.", subcommands = ResidentCommand.Show.class)
final class ResidentCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'resident show ID'.");
	}

	@Command(name = "show", description = "Shows a resident's record: the person, current or removed, the address history, the household, "
			+ "the cards with their notes and certificates, and every change; the Individual Number masked.")
	static final class Show extends DatabaseCommand {

		@Parameters(paramLabel = "ID", description = "the resident's id (as search prints it)")
		long id;

		@Option(names = "--json", description = "print one JSON object")
		boolean json;

		@Override
		public void run() {
			OptionRange.ID.check(spec, "ID", id);
			ResidentRecord record = withRegister(register -> register.records().show(id));
			print(json ? Json.print(json(record)) : text(record));
		}
	}

	static String text(ResidentRecord record) {
		Resident person = record.resident();
		StringBuilder text = new StringBuilder("resident ").append(person.getId()).append(": ")
				.append(visible(PersonNames.of(person))).append(" (").append(visible(PersonNames.readingOf(person))).append("), born ")
				.append(person.getBirthDate()).append(", ").append(person.getSex().getLiteral()).append(", ").append(person.getNationality())
				.append(", number ").append(person.getIndividualNumber() == null ? "-" : person.getIndividualNumber());
		text.append("\n  status: ").append(record.removed() ? "removed on " + record.removedOn() + " (" + record.removalReason() + ")" : "resident");
		for (AddressEntry entry : person.getAddresses()) {
			text.append("\n  address: ").append(visible(Addresses.text(entry.getAddress()))).append(" — ").append(entry.getNotification().getLiteral())
					.append(entry.getSetOn() == null ? "" : " " + entry.getSetOn());
		}
		for (ResidentRecord.Member member : record.household()) {
			text.append("\n  household ").append(record.householdId()).append(": ").append(member.relationship()).append(' ')
					.append(visible(member.name())).append(" (resident ").append(member.id()).append(')');
		}
		for (ResidentRecord.CardRecord card : record.cards()) {
			text.append('\n').append(CardPrinter.text(card.card()).indent(2).stripTrailing());
			if (card.continuedUseDue() != null) {
				text.append("\n    continued use due by ").append(card.continuedUseDue());
			}
			for (ResidentRecord.Note note : card.notes()) {
				text.append("\n    note ").append(note.on()).append(": ").append(visible(note.text()))
						.append(note.writtenOn() == null ? " (pending)" : " (written " + note.writtenOn() + ")");
			}
		}
		for (ChangeView change : record.changes()) {
			text.append("\n  change ").append(change.id()).append(": ").append(change.kind()).append(" on ").append(change.on())
					.append(change.notifiedOn() == null ? "" : ", notified " + change.notifiedOn())
					.append(change.daysLate() > 0 ? ", " + change.daysLate() + " days late" : "").append(", by ").append(change.operator())
					.append(change.cancelled() ? ", cancelled" : "");
		}
		return text.toString();
	}

	static JsonObject json(ResidentRecord record) {
		Resident person = record.resident();
		JsonObject object = new JsonObject();
		object.addProperty("id", person.getId());
		object.addProperty("version", record.version());
		object.addProperty("familyName", person.getFamilyName());
		object.addProperty("givenName", person.getGivenName());
		object.addProperty("familyNameKana", person.getFamilyNameKana());
		object.addProperty("givenNameKana", person.getGivenNameKana());
		object.addProperty("romanName", person.getRomanName());
		object.addProperty("birthDate", iso(person.getBirthDate()));
		object.addProperty("sex", person.getSex().getLiteral());
		object.addProperty("nationality", person.getNationality());
		object.addProperty("residenceStatus", person.getResidenceStatus().getLiteral());
		object.addProperty("residenceUntil", iso(person.getResidenceUntil()));
		object.addProperty("individualNumber", person.getIndividualNumber());
		object.addProperty("residentCode", person.getResidentCode());
		object.addProperty("status", record.removed() ? "removed" : "resident");
		object.addProperty("removedOn", iso(record.removedOn()));
		object.addProperty("removalReason", record.removalReason());
		JsonArray addresses = new JsonArray();
		person.getAddresses().forEach(entry -> addresses.add(address(entry)));
		object.add("addresses", addresses);
		object.add("household", household(record));
		JsonArray cards = new JsonArray();
		record.cards().forEach(card -> cards.add(card(card)));
		object.add("cards", cards);
		JsonArray changes = new JsonArray();
		for (ChangeView change : record.changes()) {
			JsonObject each = new JsonObject();
			each.addProperty("id", change.id());
			each.addProperty("kind", change.kind());
			each.addProperty("on", iso(change.on()));
			each.addProperty("notifiedOn", iso(change.notifiedOn()));
			each.addProperty("daysLate", change.daysLate());
			each.addProperty("operator", change.operator());
			each.addProperty("cancelled", change.cancelled());
			changes.add(each);
		}
		object.add("changes", changes);
		return object;
	}

	private static JsonObject address(AddressEntry entry) {
		Address address = entry.getAddress();
		JsonObject object = new JsonObject();
		object.addProperty("postalCode", address.getPostalCode());
		object.addProperty("prefecture", address.getPrefecture());
		object.addProperty("municipalityCode", address.getMunicipalityCode());
		object.addProperty("municipalityName", address.getMunicipalityName());
		object.addProperty("town", address.getTown());
		object.addProperty("chome", address.getChome());
		object.addProperty("addressNumber", address.getNumber());
		object.addProperty("building", address.getBuilding());
		object.addProperty("setOn", iso(entry.getSetOn()));
		object.addProperty("notifiedOn", iso(entry.getNotifiedOn()));
		object.addProperty("notification", entry.getNotification().getLiteral());
		return object;
	}

	private static JsonObject household(ResidentRecord record) {
		if (record.householdId() == null) {
			return null;
		}
		JsonObject household = new JsonObject();
		household.addProperty("id", record.householdId());
		JsonArray members = new JsonArray();
		for (ResidentRecord.Member member : record.household()) {
			JsonObject each = new JsonObject();
			each.addProperty("id", member.id());
			each.addProperty("name", member.name());
			each.addProperty("birthDate", iso(member.birthDate()));
			each.addProperty("relationship", member.relationship());
			members.add(each);
		}
		household.add("members", members);
		return household;
	}

	/** The card as {@code card show --json} prints it, with its continued-use deadline and notes. */
	private static JsonObject card(ResidentRecord.CardRecord record) {
		JsonObject card = CardPrinter.json(record.card());
		card.addProperty("continuedUseDue", iso(record.continuedUseDue()));
		JsonArray notes = new JsonArray();
		for (ResidentRecord.Note note : record.notes()) {
			JsonObject each = new JsonObject();
			each.addProperty("on", iso(note.on()));
			each.addProperty("text", note.text());
			each.addProperty("written", note.writtenOn() != null);
			notes.add(each);
		}
		card.add("notes", notes);
		return card;
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}
}
