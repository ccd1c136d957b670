package org.madoguchi.cli.internal;

import static org.madoguchi.model.values.TextFields.visible;

import java.util.List;

import org.madoguchi.service.ResidentView;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code madoguchi search <text> [--limit N] [--offset N] [--json]}: the counter's search; numbers masked. */
@Command(name = "search", description = { "Finds residents by kana reading, Individual Number, birth date, kanji name or address.",
		"Readings, names and addresses match by their beginning. Individual Numbers are shown masked.",
		"Removed records (moved out, died) are found only with --removed.",
		"One resident per line: id, name, kana, birth date, address, masked number (tab-separated)." })
final class SearchCommand extends DatabaseCommand {

	@Parameters(paramLabel = "TEXT", description = "what the clerk typed")
	String text;

	static final OptionRange LIMIT = new OptionRange(1, 10_000);
	static final OptionRange OFFSET = new OptionRange(0, Long.MAX_VALUE);

	@Option(names = "--limit", paramLabel = "N", description = "at most N residents, 1 to 10000 (default 20)")
	int limit = 20;

	@Option(names = "--offset", paramLabel = "N", description = "skip the first N (paging; 0 or more)")
	int offset;

	@Option(names = "--removed", description = "find removed records (除票: moved out, died) too")
	boolean removed;

	@Option(names = "--json", description = "print a JSON array")
	boolean json;

	@Override
	public void run() {
		LIMIT.check(spec, "--limit", limit);
		OFFSET.check(spec, "--offset", offset);
		List<ResidentView> found = withRegister(register -> register.queries().search(text, limit, offset, removed));
		if (json) {
			JsonArray array = new JsonArray();
			for (ResidentView resident : found) {
				JsonObject object = new JsonObject();
				object.addProperty("id", resident.id());
				object.addProperty("name", resident.name());
				object.addProperty("kana", resident.kana());
				object.addProperty("birthDate", resident.birthDate().toString());
				object.addProperty("address", resident.address());
				object.addProperty("individualNumber", resident.maskedNumber());
				array.add(object);
			}
			print(Json.print(array));
		} else {
			for (ResidentView resident : found) {
				print(String.join("\t", String.valueOf(resident.id()), visible(resident.name()), visible(resident.kana()),
						resident.birthDate().toString(), visible(String.valueOf(resident.address())), String.valueOf(resident.maskedNumber())));
			}
		}
	}
}
