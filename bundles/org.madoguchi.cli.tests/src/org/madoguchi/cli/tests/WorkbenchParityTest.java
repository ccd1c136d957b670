package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.madoguchi.cli.internal.Madoguchi;

import picocli.CommandLine;

/**
 * Every command of the command line says where the workbench does the same, or why it does not,
 * in workbench-twins.properties: a new command is a decision about the workbench too.
 */
class WorkbenchParityTest {

	/** A command runs by itself when it has no subcommands, or options of its own (as {@code audit}). */
	private static void leaves(CommandLine command, Set<String> into) {
		if (command.getSubcommands().isEmpty() || command.getCommandSpec().options().stream().anyMatch(option -> !option.inherited() && !option.usageHelp() && !option.versionHelp())) {
			into.add(command.getCommandSpec().qualifiedName().substring("madoguchi ".length()));
		}
		command.getSubcommands().values().stream().distinct().forEach(sub -> leaves(sub, into));
	}

	@Test
	void everyCommandSaysWhereTheWorkbenchDoesTheSame() throws IOException {
		Set<String> commands = new TreeSet<>();
		Madoguchi.commandLine().getSubcommands().values().stream().distinct().forEach(sub -> leaves(sub, commands));
		Properties twins = new Properties();
		try (InputStream table = WorkbenchParityTest.class.getResourceAsStream("workbench-twins.properties")) {
			twins.load(new InputStreamReader(table, StandardCharsets.UTF_8));
		}
		assertEquals(commands, new TreeSet<>(twins.stringPropertyNames()),
				"each command needs a line in workbench-twins.properties, and the table names no command the command line lacks");
	}
}
