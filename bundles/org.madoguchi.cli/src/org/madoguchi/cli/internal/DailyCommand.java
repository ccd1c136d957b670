package org.madoguchi.cli.internal;

import java.time.LocalDate;

import org.madoguchi.service.DailyRun;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madoguchi daily [--as-of D] [--json]}: the nightly job; what time alone changes in the register. */
@Command(name = "daily", description = { "Applies what time alone changes on the day: cards past their last valid day become expired, with their certificates.",
		"Running it again on the same day changes nothing." })
final class DailyCommand extends DatabaseCommand {

	@Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
			description = "the day to apply (default: today; a missed night may be caught up, the future may not)")
	LocalDate asOf;

	@Option(names = "--json", description = "print one JSON object")
	boolean json;

	@Override
	public void run() {
		DailyRun.Result result = withRegister(register -> register.daily().run(asOf == null ? register.today() : asOf));
		if (json) {
			JsonObject object = new JsonObject();
			object.addProperty("asOf", result.asOf().toString());
			JsonArray changes = new JsonArray();
			for (DailyRun.Change change : result.changes()) {
				JsonObject each = new JsonObject();
				each.addProperty("kind", change.kind());
				each.addProperty("card", change.cardId());
				each.addProperty("serial", change.serial());
				each.addProperty("resident", change.residentId());
				each.addProperty("on", change.on().toString());
				changes.add(each);
			}
			object.add("changes", changes);
			print(Json.print(object));
			return;
		}
		StringBuilder text = new StringBuilder("daily " + result.asOf() + ": " + result.changes().size()
				+ (result.changes().size() == 1 ? " change" : " changes"));
		for (DailyRun.Change change : result.changes()) {
			if (change.cardId() == null) {
				text.append("\n  resident ").append(change.residentId()).append(" moved out: record removed as of ").append(change.on());
			} else {
				text.append("\n  card ").append(change.cardId()).append(" (").append(change.serial()).append(") of resident ")
						.append(change.residentId()).append(DailyRun.CARD_EXPIRED.equals(change.kind()) ? " expired on " : " lapsed on ")
						.append(change.on());
			}
		}
		print(text.toString());
	}
}
