package org.madoguchi.cli.internal;

import java.util.Locale;

import org.madoguchi.service.Register;
import org.madoguchi.store.Role;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi --operator SUPERVISOR operator add ID --role R}: another operator of a production database. */
@Command(name = "operator", description = "Manages the operators of a production database.", subcommands = OperatorCommand.Add.class)
final class OperatorCommand {

	@ParentCommand
	Madoguchi root;

	/** Adds an operator; the new password comes from MADOGUCHI_NEW_PASSWORD or is asked twice. */
	@Command(name = "add", description = { "Adds an operator (clerk, supervisor or auditor).",
			"Their password: MADOGUCHI_NEW_PASSWORD, or asked twice." })
	static final class Add implements Runnable {

		@Parameters(paramLabel = "ID", description = "the new operator's ID")
		String id;

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "clerk, supervisor or auditor")
		String role;

		@Option(names = "--name", paramLabel = "NAME", description = "the operator's name")
		String name;

		@ParentCommand
		OperatorCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			Role chosen;
			try {
				chosen = Role.valueOf(role.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new CommandFailure("Unknown role " + role + ": use clerk, supervisor or auditor", ExitCodes.USAGE);
			}
			try (Register register = parent.root.open()) {
				register.addOperator(id, name == null ? id : name, chosen, () -> Passwords.newPassword(Passwords.NEW_PASSWORD, id));
			}
			spec.commandLine().getOut().println("Operator " + id + " added as " + chosen.name().toLowerCase(Locale.ROOT));
		}
	}
}
