package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command of the workbench that has a handler has a command-line twin, or a reason why
 * it means nothing headless, in command-line-twins.properties (the README shows the table).
 */
class CommandLineParityTest {

	private static MApplication application;

	@BeforeAll
	static void start() throws InterruptedException {
		application = RunningWorkbench.get().getApplication();
	}

	@Test
	void everyWorkbenchCommandHasItsCommandLineTwin() throws IOException {
		Set<String> handled = new TreeSet<>();
		for (MHandler handler : application.getHandlers()) {
			handled.add(handler.getCommand().getElementId());
		}
		Properties twins = new Properties();
		try (InputStream table = CommandLineParityTest.class.getResourceAsStream("command-line-twins.properties")) {
			twins.load(new InputStreamReader(table, StandardCharsets.UTF_8));
		}
		assertEquals(handled, new TreeSet<>(twins.stringPropertyNames()),
				"each workbench command needs a line in command-line-twins.properties, and the table names no command the workbench lacks");
	}
}
