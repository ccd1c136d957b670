package org.madoguchi.cli.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;

/** JSON as the command line prints it: pretty, nulls kept, no HTML escaping of Japanese or quotes. */
final class Json {

	private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();

	static String print(JsonElement element) {
		return GSON.toJson(element);
	}

	private Json() {
	}
}
