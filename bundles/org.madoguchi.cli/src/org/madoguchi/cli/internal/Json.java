package org.madoguchi.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** JSON as the command line prints it: pretty, nulls kept, no HTML escaping of Japanese or quotes. */
public final class Json {

	private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

	/**
	 * The element as JSON text. Gson escapes the C0 controls but leaves DEL and the C1 controls
	 * (CSI, OSC, …) raw, as JSON allows: escaped here, they cannot act on the terminal, and a JSON
	 * reader reads the same string.
	 */
	public static String print(JsonElement element) {
		String json = GSON.toJson(element);
		StringBuilder escaped = new StringBuilder(json.length());
		for (int index = 0; index < json.length(); index++) {
			char c = json.charAt(index);
			if (c >= 0x7f && c <= 0x9f) {
				escaped.append(String.format("\\u%04x", (int) c));
			} else {
				escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private Json() {
	}
}
