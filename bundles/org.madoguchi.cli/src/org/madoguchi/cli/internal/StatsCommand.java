package org.madoguchi.cli.internal;

import org.madoguchi.service.RegisterQueries.Counts;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madoguchi stats [--json]}: counts of residents, households, cards by status, certificates, audit entries. */
@Command(name = "stats", description = "Counts residents, households, cards by status, certificates and audit entries.")
final class StatsCommand extends DatabaseCommand {

	@Option(names = "--json", description = "print one JSON object")
	boolean json;

	@Override
	public void run() {
		Counts counts = withRegister(register -> register.queries().counts());
		if (json) {
			JsonObject object = new JsonObject();
			object.addProperty("residents", counts.residents());
			object.addProperty("households", counts.households());
			JsonObject cards = new JsonObject();
			counts.cards().forEach(cards::addProperty);
			object.add("cards", cards);
			object.addProperty("certificates", counts.certificates());
			object.addProperty("auditEntries", counts.auditEntries());
			object.addProperty("civilServants", counts.civilServants());
			print(Json.print(object));
		} else {
			print("residents: " + counts.residents());
			print("households: " + counts.households());
			counts.cards().forEach((status, count) -> print("cards " + status + ": " + count));
			print("certificates: " + counts.certificates());
			print("auditEntries: " + counts.auditEntries());
			print("civilServants: " + counts.civilServants());
		}
	}
}
