package org.madoguchi.service;

import java.time.LocalDateTime;
import java.util.Arrays;

import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.Problem;
import org.madoguchi.store.NewAuditEntry;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An audit entry's detail as a message of this package's catalogue ({@code audit.detail.*}): the
 * trail keeps its English text, which the hash chain covers, and the message (key and arguments)
 * beside it, so that the audit view reads it in Japanese too. Arguments are kept as text, or as
 * a {@link Label} translated with the message.
 */
final class AuditDetail {

	private static final String PREFIX = "audit.detail.";

	private AuditDetail() {
	}

	/** The detail {@code audit.detail.<key>} with its arguments (values as text, labels as labels). */
	static Problem of(String key, Object... arguments) {
		return new Problem(ServiceException.class, PREFIX + key,
				Arrays.stream(arguments).map(argument -> argument instanceof Label ? argument : String.valueOf(argument)).toArray());
	}

	/** An entry of {@code operatorId} at {@code at} with the detail {@code detail} (null for none). */
	static NewAuditEntry entry(LocalDateTime at, String operatorId, AuditOperation operation, Long residentId, Problem detail) {
		return new NewAuditEntry(at, operatorId, operation.code(), residentId, detail == null ? null : detail.english(),
				detail == null ? null : stored(detail));
	}

	/** A role, as a detail names it. */
	static Label role(Role role) {
		return new Label("role." + role.code());
	}

	/** A resident change's kind ({@code move-within}), as a detail names it. */
	static Label changeKind(String kind) {
		return new Label("changeKind." + kind);
	}

	/** The side a conflict's decision kept. */
	static Label kept(OfficeConflicts.Keep keep) {
		return new Label("keep." + keep.code());
	}

	/** The message as the trail keeps it beside the text: {@code {"key": …, "args": ["…", {"label": "…"}]}}. */
	static String stored(Problem detail) {
		JsonArray arguments = new JsonArray();
		for (Object argument : detail.arguments()) {
			if (argument instanceof Label label) {
				JsonObject object = new JsonObject();
				object.addProperty("label", label.key());
				arguments.add(object);
			} else {
				arguments.add(argument.toString());
			}
		}
		JsonObject message = new JsonObject();
		message.addProperty("key", detail.key());
		message.add("args", arguments);
		return message.toString();
	}

	/**
	 * The message of a stored entry, when it still renders to the entry's text: a message that
	 * does not (changed beside the chained text, or of a newer version's catalogue) is not shown.
	 */
	static Problem read(String stored, String text) {
		if (stored == null || text == null) {
			return null;
		}
		try {
			JsonObject message = JsonParser.parseString(stored).getAsJsonObject();
			Object[] arguments = new Object[message.getAsJsonArray("args").size()];
			int index = 0;
			for (JsonElement argument : message.getAsJsonArray("args")) {
				arguments[index++] = argument.isJsonObject() ? new Label(argument.getAsJsonObject().get("label").getAsString()) : argument.getAsString();
			}
			Problem detail = new Problem(ServiceException.class, message.get("key").getAsString(), arguments);
			return detail.english().equals(text) ? detail : null;
		} catch (RuntimeException unreadable) {
			return null;
		}
	}
}
