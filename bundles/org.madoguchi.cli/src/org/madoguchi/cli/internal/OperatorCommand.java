package org.madoguchi.cli.internal;

import java.util.List;
import java.util.Locale;

import org.madoguchi.service.OperatorAccounts;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi --operator SUPERVISOR operator add|list|disable|role|unlock|password}: the operators of a production database. */
@Command(name = "operator", description = "Manages the operators of a production database.", subcommands = { OperatorCommand.Add.class,
		OperatorCommand.ListAll.class, OperatorCommand.Disable.class, OperatorCommand.ChangeRole.class, OperatorCommand.Unlock.class,
		OperatorCommand.Password.class })
final class OperatorCommand {

	@ParentCommand
	Madoguchi root;

	/** A role as typed: clerk, supervisor or auditor. */
	static Role role(String typed) {
		try {
			Role role = Role.valueOf(typed.toUpperCase(Locale.ROOT));
			if (role != Role.BATCH) {
				return role;
			}
		} catch (IllegalArgumentException e) {
			// said below
		}
		throw new CommandFailure("Unknown role " + typed + ": use clerk, supervisor or auditor", ExitCodes.USAGE);
	}

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
			Role chosen = role(role);
			try (Register register = parent.root.open()) {
				register.operators().add(id, name == null ? id : name, chosen, () -> Passwords.newPassword(Passwords.NEW_PASSWORD, id));
			}
			spec.commandLine().getOut().println("Operator " + id + " added as " + chosen.name().toLowerCase(Locale.ROOT));
		}
	}

	/** Every operator, disabled ones too (a supervisor's). */
	@Command(name = "list", description = "Lists every operator with their name, role and whether they are active or disabled.")
	static final class ListAll extends DatabaseCommand {

		@Option(names = "--json", description = "print a JSON array")
		boolean json;

		@Override
		public void run() {
			List<OperatorAccounts.Account> accounts = withRegister(register -> register.operators().list());
			if (json) {
				JsonArray array = new JsonArray();
				for (OperatorAccounts.Account account : accounts) {
					JsonObject object = new JsonObject();
					object.addProperty("id", account.id());
					object.addProperty("name", account.name());
					object.addProperty("role", account.role());
					object.addProperty("active", account.active());
					array.add(object);
				}
				print(Json.print(array));
			} else {
				accounts.forEach(account -> print(String.join("\t", account.id(), account.name(), account.role(),
						account.active() ? "active" : "disabled")));
			}
		}
	}

	/** Disables an operator (a supervisor's); never the last active supervisor. */
	@Command(name = "disable", description = "Disables an operator: they can no longer log in, and stay listed as the audit trail names them.")
	static final class Disable extends DatabaseCommand {

		@Parameters(paramLabel = "ID", description = "the operator to disable")
		String id;

		@Override
		public void run() {
			withRegister(register -> {
				register.operators().disable(id);
				return null;
			});
			print("Operator " + id + " disabled");
		}
	}

	/** Gives an operator another role (a supervisor's); never takes it from the last active supervisor. */
	@Command(name = "role", description = "Gives an operator another role: clerk, supervisor or auditor.")
	static final class ChangeRole extends DatabaseCommand {

		@Parameters(index = "0", paramLabel = "ID", description = "the operator")
		String id;

		@Parameters(index = "1", paramLabel = "ROLE", description = "clerk, supervisor or auditor")
		String role;

		@Override
		public void run() {
			Role chosen = role(role);
			withRegister(register -> {
				register.operators().changeRole(id, chosen);
				return null;
			});
			print("Operator " + id + " is now " + chosen.name().toLowerCase(Locale.ROOT));
		}
	}

	/** Lifts the lock that failed logins put on an operator ID (a supervisor's). */
	@Command(name = "unlock", description = "Lifts the lock that five failed logins in a row put on an operator ID.")
	static final class Unlock extends DatabaseCommand {

		@Parameters(paramLabel = "ID", description = "the locked operator ID")
		String id;

		@Override
		public void run() {
			withRegister(register -> {
				register.operators().unlock(id);
				return null;
			});
			print("Operator " + id + " unlocked");
		}
	}

	/** The operator's own new password, from MADOGUCHI_NEW_PASSWORD or asked twice. */
	@Command(name = "password", description = { "Changes the password of the operator who runs it.",
			"The new one: MADOGUCHI_NEW_PASSWORD, or asked twice." })
	static final class Password extends DatabaseCommand {

		@Override
		public void run() {
			String id = root().operator;
			withRegister(register -> {
				register.operators().changeOwnPassword(() -> Passwords.newPassword(Passwords.NEW_PASSWORD, id));
				return null;
			});
			print("Password of " + id + " changed");
		}
	}
}
