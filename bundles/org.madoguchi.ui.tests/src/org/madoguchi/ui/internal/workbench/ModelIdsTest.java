package org.madoguchi.ui.internal.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every command the bundle's model fragment declares is named in ModelIds, and ModelIds names no command the fragment lacks. */
class ModelIdsTest {

	private static final String COMMAND = "org.madoguchi.ui.command.";
	private static final Pattern COMMAND_ID = Pattern.compile("<elements xsi:type=\"commands:Command\"[^>]*elementId=\"(" + Pattern.quote(COMMAND)
			+ "[^\"]+)\"");

	@Test
	void theConstantsNameExactlyTheFragmentsCommands() throws IOException, IllegalAccessException {
		Set<String> declared = new TreeSet<>();
		try (InputStream in = ModelIds.class.getClassLoader().getResourceAsStream("fragment.e4xmi")) {
			assertNotNull(in, "the fragment ships in the bundle");
			Matcher command = COMMAND_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			while (command.find()) {
				declared.add(command.group(1));
			}
		}
		Set<String> named = new TreeSet<>();
		for (Field field : ModelIds.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String id && id.startsWith(COMMAND)) {
				named.add(id);
			}
		}
		assertEquals(declared, named);
	}
}
