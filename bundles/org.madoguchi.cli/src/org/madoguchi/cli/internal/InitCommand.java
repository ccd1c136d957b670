package org.madoguchi.cli.internal;

import org.madoguchi.service.Register;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madoguchi --db PATH --operator ID init --secure}: a production database with its first
 * supervisor (--operator); embedded, it is encrypted at rest. The password comes from
 * MADOGUCHI_PASSWORD or is asked twice.
 */
@Command(name = "init", description = { "Creates a database.",
		"--secure: a production database, encrypted at rest, whose first supervisor is --operator",
		"(password from MADOGUCHI_PASSWORD or asked). Without --secure: an open demo database." })
final class InitCommand extends DatabaseCommand {

	@Option(names = "--secure", description = "production database: first supervisor, encrypted at rest")
	boolean secure;

	@Option(names = "--name", paramLabel = "NAME", description = "the supervisor's name (default: the operator ID)")
	String name;

	@Option(names = "--office", paramLabel = "NAME", description = "the office name shown in the workbench")
	String office = "";

	@Override
	public void run() {
		if (!secure) {
			try (Register register = root().openOrCreateDemo()) {
				print((register.isDemo() ? "Demo database ready at " : "Database ready at ") + root().location());
			}
			return;
		}
		if (root().operator == null || root().operator.isBlank()) {
			throw new CommandFailure("init --secure needs --operator: the ID of the first supervisor", ExitCodes.USAGE);
		}
		char[] password = Passwords.newPassword(Passwords.PASSWORD, root().operator);
		try (Register register = Register.initSecure(root().location(), root().operator, name == null ? root().operator : name, password,
				office)) {
			print("Production database created at " + root().location() + ", encrypted at rest; first supervisor: "
					+ register.operator().id());
		}
	}
}
