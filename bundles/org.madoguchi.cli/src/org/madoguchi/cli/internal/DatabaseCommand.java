package org.madoguchi.cli.internal;

import java.io.PrintWriter;
import java.util.function.Function;

import org.madoguchi.service.Register;

import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A command that works on the register at --db as --operator. */
abstract class DatabaseCommand implements Runnable {

	@Spec
	CommandSpec spec;

	/** The command line's root, which holds --db and --operator, however deep this command is. */
	Madoguchi root() {
		return (Madoguchi) spec.root().userObject();
	}

	/** Opens the register, does {@code work} and closes it again. */
	<T> T withRegister(Function<Register, T> work) {
		try (Register register = root().open()) {
			return work.apply(register);
		}
	}

	PrintWriter out() {
		return spec.commandLine().getOut();
	}

	/** Prints one line (or a JSON document) and flushes, so that batch logs see it at once. */
	void print(String text) {
		out().println(text);
		out().flush();
	}
}
