package org.madoguchi.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.madoguchi.service.AccessLogReports;
import org.madoguchi.service.ExpiryReports.Documents;
import org.madoguchi.service.ExpiryReports.Kind;
import org.madoguchi.service.ExpiryReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi report expiring|renewals-due|foreign-residence|access-log …}: Excel lists for colleagues and auditors. */
@Command(name = "report", description = "Writes renewal and expiry lists and the access log as Excel workbooks (.xlsx).", subcommands = {
		ReportCommand.Expiring.class, ReportCommand.RenewalsDue.class, ReportCommand.ForeignResidence.class, ReportCommand.AccessLog.class })
final class ReportCommand {

	@ParentCommand
	Madoguchi root;

	/** Days ahead of the as-of day: more than the longest validity of a card (under 11 years). */
	static final OptionRange WITHIN = new OptionRange(1, 5_000);

	/** What every report takes. */
	abstract static class Report implements Runnable {

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the workbook to write (.xlsx)")
		Path out;

		@Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class, description = "the day the report is for (default: today)")
		LocalDate asOf;

		@Option(names = "--municipality", paramLabel = "CODE", converter = MunicipalityCodeConverter.class,
				description = "only residents of this municipality (local government code)")
		String municipality;

		@ParentCommand
		ReportCommand parent;

		@Spec
		CommandSpec spec;

		abstract ExpiryReports.Request request(LocalDate day, String municipalityCode);

		/** Refuses option values out of range before the register is opened. */
		void checkOptions() {
		}

		@Override
		public void run() {
			checkOptions();
			long rows;
			try (var register = parent.root.open()) {
				LocalDate day = asOf == null ? register.today() : asOf;
				rows = register.reports().write(request(day, municipality), new StderrProgress(spec.commandLine().getErr(), "report: cards"));
			}
			spec.commandLine().getOut().println("Wrote " + rows + " rows to " + out.toAbsolutePath());
			spec.commandLine().getOut().flush();
		}
	}

	@Command(name = "expiring", description = { "Lists the cards and certificates whose expiry lies in (as-of, as-of + DAYS].",
			"The Individual Number is left out unless --with-number is given and the role allows it (audited)." })
	static final class Expiring extends Report {

		@Option(names = "--within", required = true, paramLabel = "DAYS", description = "days after the as-of date, 1 to 5000")
		int within;

		@Option(names = "--kind", paramLabel = "KIND", description = "card, certificate or all (default)")
		String kind = "all";

		@Option(names = "--with-number", description = "add the Individual Number (supervisor; audited)")
		boolean withNumber;

		@Override
		void checkOptions() {
			WITHIN.check(spec, "--within", within);
			documents();
		}

		private Documents documents() {
			try {
				return Documents.valueOf(kind.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new CommandFailure("Unknown --kind " + kind + ": use card, certificate or all", ExitCodes.USAGE);
			}
		}

		@Override
		ExpiryReports.Request request(LocalDate day, String municipalityCode) {
			return new ExpiryReports.Request(Kind.EXPIRING, day, within, documents(), municipalityCode, withNumber, out.toAbsolutePath());
		}
	}

	@Command(name = "renewals-due", description = "Lists the cards whose renewal window is open and for which no application exists.")
	static final class RenewalsDue extends Report {

		@Override
		ExpiryReports.Request request(LocalDate day, String municipalityCode) {
			return new ExpiryReports.Request(Kind.RENEWALS_DUE, day, null, Documents.CARD, municipalityCode, false, out.toAbsolutePath());
		}
	}

	@Command(name = "foreign-residence", description = "Lists the foreign residents whose card expiry comes from the period of stay.")
	static final class ForeignResidence extends Report {

		@Option(names = "--within", paramLabel = "DAYS", description = "only expiries in (as-of, as-of + DAYS], 1 to 5000")
		Integer within;

		@Override
		void checkOptions() {
			WITHIN.check(spec, "--within", within);
		}

		@Override
		ExpiryReports.Request request(LocalDate day, String municipalityCode) {
			return new ExpiryReports.Request(Kind.FOREIGN_RESIDENCE, day, within, Documents.CARD, municipalityCode, false, out.toAbsolutePath());
		}
	}

	/** The access log an auditor reviews: every audit entry of the days, and those to look at with why. */
	@Command(name = "access-log", description = { "Writes the audit entries of some days as an access log for auditors (an auditor's or a supervisor's).",
			"Sheet 操作ログ holds every entry; 要確認 the entries to look at, each with why; 集計 the counts per operator and day." })
	static final class AccessLog implements Runnable {

		@Mixin
		DayRange days;

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the workbook to write (.xlsx)")
		Path out;

		@ParentCommand
		ReportCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			days.check();
			AccessLogReports.Written written;
			try (var register = parent.root.open()) {
				written = register.accessLog().write(days.from, days.until, out.toAbsolutePath(),
						new StderrProgress(spec.commandLine().getErr(), "report: audit entries"));
			}
			spec.commandLine().getOut().println("Wrote " + written.entries() + " entries (" + written.flagged() + " to review) to "
					+ out.toAbsolutePath());
			spec.commandLine().getOut().flush();
		}
	}
}
