package org.madoguchi.cli.internal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ResourceBundle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root of the command-line contract in design.md: global options, then one command.
 */
@Command(name = "madoguchi",
		mixinStandardHelpOptions = true,
		versionProvider = BundleVersionProvider.class,
		subcommands = { NumberCommand.class, ExpiryCommand.class })
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

	/** Runs one command line and returns the process exit code (see {@link ExitCodes}). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine = new CommandLine(new Madoguchi());
		// Loaded here, not by picocli: in OSGi only this bundle's class loader sees the file.
		commandLine.setResourceBundle(ResourceBundle.getBundle("org.madoguchi.cli.internal.help"));
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		commandLine.setParameterExceptionHandler(new UsageErrorHandler());
		commandLine.setExecutionExceptionHandler(new FailureHandler());
		return commandLine.execute(args);
	}
}
