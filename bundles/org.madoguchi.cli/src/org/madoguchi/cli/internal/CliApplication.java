package org.madoguchi.cli.internal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code ./madoguchi <command>}: hands the arguments the
 * framework left over to {@link Madoguchi} and returns its exit code as the process's.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		// Batch scripts read our output as UTF-8 whatever the locale of the machine says.
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return Madoguchi.run(args == null ? new String[0] : args, out, err);
	}

	@Override
	public void stop() {
		// Commands run to completion on the main thread; there is nothing to interrupt.
	}
}
