package org.madoguchi.cli.internal;

import java.time.LocalDate;

import picocli.CommandLine.Option;

/** {@code --from D --until D}: the days of the audit trail a command takes, both included. */
final class DayRange {

	@Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the first day")
	LocalDate from;

	@Option(names = "--until", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the last day")
	LocalDate until;

	/** Refuses a last day before the first as a usage error, before the register is opened. */
	void check() {
		if (until.isBefore(from)) {
			throw new CommandFailure("--until " + until + " lies before --from " + from, ExitCodes.USAGE);
		}
	}
}
