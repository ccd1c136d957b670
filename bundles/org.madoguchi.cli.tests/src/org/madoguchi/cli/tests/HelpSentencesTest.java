package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.cli.internal.ExitCodes;
import org.madoguchi.cli.internal.Madoguchi;

import picocli.CommandLine;

/**
 * What {@code --help} says of each command opens with a whole sentence that says what it does:
 * a verb (Prints, Records, …) first, a full stop last.
 */
class HelpSentencesTest {

	private static void collect(CommandLine command, List<CommandLine> into) {
		into.add(command);
		command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
	}

	@Test
	void everyCommandsHelpOpensWithAWholeSentence() {
		List<CommandLine> commands = new ArrayList<>();
		collect(Madoguchi.commandLine(), commands);
		assertTrue(commands.size() > 30, "every command and subcommand: " + commands.size());
		List<String> fragments = new ArrayList<>();
		for (CommandLine command : commands.subList(1, commands.size())) {
			String[] description = command.getCommandSpec().usageMessage().description();
			String first = description.length == 0 ? "" : description[0].strip();
			if (!first.matches("[A-Z][a-z]+s .*\\.")) {
				fragments.add(command.getCommandSpec().qualifiedName() + ": \"" + first + "\"");
			}
		}
		assertEquals(List.of(), fragments);
		String top = commands.get(0).getCommandSpec().usageMessage().description()[0];
		assertTrue(top.startsWith("Without a command, ./madoguchi opens the workbench."), top);
	}

	@Test
	void theHelpOfASubcommandPrintsItsSentence() {
		CliRun run = CliRun.of("print", "notices", "--help");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("Prints a pickup notice (交付通知書) for each card ready for pickup"), run.out());
	}
}
