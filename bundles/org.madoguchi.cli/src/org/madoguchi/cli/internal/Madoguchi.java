package org.madoguchi.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ResourceBundle;

import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root of the command-line contract the README documents: global options, then one command
 * (those of this bundle and those other bundles contribute).
 */
@Command(name = "madoguchi",
		// every command takes --help (and --version), so that the hint after a usage error works
		scope = CommandLine.ScopeType.INHERIT,
		mixinStandardHelpOptions = true,
		versionProvider = BundleVersionProvider.class,
		subcommands = { NumberCommand.class, ExpiryCommand.class, InitCommand.class, DemoCommand.class, SearchCommand.class,
				StatsCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class, OperatorCommand.class, ImportCommand.class,
				ExportCommand.class, ReportCommand.class, PrintCommand.class, CardCommand.class, OfficeCommand.class, DailyCommand.class,
				NotifyCommand.class, ResidentCommand.class, UpdateCommand.class, ReplicaCommand.class, SyncCommand.class })
public final class Madoguchi implements Runnable {

	@Option(names = "--db", paramLabel = "PATH|URL", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
	String database;

	@Option(names = "--operator", paramLabel = "ID", descriptionKey = "operator", scope = CommandLine.ScopeType.INHERIT)
	String operator;

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "No command given.");
	}

	/** Where --db points: the default data folder when it is not given. */
	DatabaseLocation location() {
		return DatabaseLocation.of(database);
	}

	/** Who runs the command: --operator, with the password asked only if the database needs it. */
	Login login() {
		return new Login(operator, () -> Passwords.of(operator));
	}

	/**
	 * Opens the register at --db as --operator; where there is none, the command is refused and
	 * nothing is created. An --operator given for an open demo register is refused rather than
	 * ignored: the batch job that gives one expects a production register that checks and records who works.
	 */
	Register open() {
		Register register = Register.open(location(), login());
		if (register.isDemo() && operator != null) {
			register.close();
			throw operatorOfOpenRegister("the register at " + location() + " is an open demo register");
		}
		return register;
	}

	/** The refusal of --operator where there are no logins ({@code what}: which register). */
	CommandFailure operatorOfOpenRegister(String what) {
		return new CommandFailure("--operator " + operator + " is not used: " + what
				+ ", which has no logins. Leave out --operator, or make a production register with init --secure.");
	}

	/** Opens the register at --db as --operator, creating an open demo register where there is none. */
	Register openOrCreateDemo() {
		return Register.openOrCreateDemo(location(), login());
	}

	/** The command tree with its help texts. */
	public static CommandLine commandLine() {
		CommandLine commandLine = new CommandLine(new Madoguchi());
		ContributedCommands.addTo(commandLine);
		// Loaded here, not by picocli: in OSGi only this bundle's class loader sees the file.
		commandLine.setResourceBundle(ResourceBundle.getBundle("org.madoguchi.cli.internal.help"));
		return commandLine;
	}

	/** Runs one command line and returns the process exit code (see {@link ExitCodes}). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setParameterExceptionHandler(new UsageErrorHandler());
		commandLine.setExecutionExceptionHandler(new FailureHandler());
		return commandLine.execute(args);
	}
}
