package org.madoguchi.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.ChangeKind;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code madoguchi notify <file.json> [--json]}: resident changes from a file, each in its own
 * transaction, in order; one that is refused does not stop the others.
 */
@Command(name = "notify", description = "Records the resident changes (move-in, birth, move within, move-out, household and name changes, death, "
		+ "correction, cancellation) of a JSON file, each in its own transaction, in order, with what each did to the card.")
final class NotifyCommand extends DatabaseCommand {

	/** What became of one change of the file. */
	private record Result(int index, String kind, Long resident, ChangeOutcome outcome, String problem) {
	}

	@Parameters(paramLabel = "FILE", description = "a JSON file with one change (an object) or an array of changes")
	Path file;

	@Option(names = "--json", description = "print a JSON array, an object per change")
	boolean json;

	@Override
	public void run() {
		List<JsonElement> changes = read();
		List<Result> results = withRegister(register -> {
			List<Result> done = new ArrayList<>();
			for (int index = 0; index < changes.size(); index++) {
				done.add(record(register, index + 1, changes.get(index)));
			}
			return done;
		});
		if (json) {
			JsonArray array = new JsonArray();
			results.forEach(result -> array.add(json(result)));
			print(Json.print(array));
		} else {
			results.forEach(result -> print(text(result)));
		}
		if (results.stream().anyMatch(result -> result.outcome() == null)) {
			throw new CommandFailure(results.stream().filter(result -> result.outcome() == null).count() + " of " + results.size()
					+ " changes were refused", ExitCodes.PARTIAL);
		}
	}

	private List<JsonElement> read() {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Reading " + file, e);
		}
		try {
			JsonElement parsed = JsonParser.parseString(text);
			List<JsonElement> changes = new ArrayList<>();
			if (parsed.isJsonArray()) {
				parsed.getAsJsonArray().forEach(changes::add);
			} else {
				changes.add(parsed);
			}
			return changes;
		} catch (JsonParseException e) {
			throw new CommandFailure(file + " is not JSON: " + e.getMessage());
		}
	}

	private static Result record(Register register, int index, JsonElement change) {
		String kind = kindOf(change);
		Long resident = null;
		try {
			NotificationReader.Notification notification = NotificationReader.read(change);
			resident = notification.resident();
			ChangeOutcome outcome = notification.record().apply(register);
			return new Result(index, notification.kind().code(), outcome.residentId(), outcome, null);
		} catch (NotificationReader.NotificationException e) {
			return new Result(index, kind, resident, null, e.getMessage());
		} catch (ServiceException e) {
			return new Result(index, kind, resident, null, e.problem().english());
		} catch (InvalidValueException e) {
			return new Result(index, kind, resident, null, e.problem().english());
		}
	}

	private static String kindOf(JsonElement change) {
		JsonElement kind = change.isJsonObject() ? change.getAsJsonObject().get("kind") : null;
		return kind != null && kind.isJsonPrimitive() ? kind.getAsString() : "?";
	}

	private static String text(Result result) {
		StringBuilder line = new StringBuilder("#").append(result.index()).append(' ').append(result.kind()).append(": ");
		if (result.outcome() == null) {
			return line.append("refused: ").append(result.problem()).toString();
		}
		ChangeOutcome outcome = result.outcome();
		line.append("resident ").append(outcome.residentId()).append(' ').append(done(outcome.kind())).append(" (change ")
				.append(outcome.changeId()).append(')');
		for (Problem consequence : outcome.consequences()) {
			line.append("; ").append(withoutFinalStop(consequence.english()));
		}
		return line.toString();
	}

	private static String done(ChangeKind kind) {
		return switch (kind) {
		case MOVE_IN, BIRTH -> "registered";
		case MOVE_OUT -> "moved out";
		case DEATH -> "removed (died)";
		case CANCEL -> "returned to the state before the change";
		default -> "changed";
		};
	}

	private static String withoutFinalStop(String sentence) {
		return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
	}

	private static JsonObject json(Result result) {
		JsonObject object = new JsonObject();
		object.addProperty("index", result.index());
		object.addProperty("kind", result.kind());
		object.addProperty("resident", result.resident());
		object.addProperty("change", result.outcome() == null ? null : result.outcome().changeId());
		object.addProperty("applied", result.outcome() != null);
		JsonArray consequences = new JsonArray();
		if (result.outcome() != null) {
			result.outcome().consequences().forEach(consequence -> consequences.add(consequence.english()));
		}
		object.add("consequences", consequences);
		object.addProperty("problem", result.problem());
		return object;
	}
}
