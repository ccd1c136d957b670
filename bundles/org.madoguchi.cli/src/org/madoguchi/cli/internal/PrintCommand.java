package org.madoguchi.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.PickupNotices;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.Sheet;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi print cards|masking|notices|notes …}: cards, masking cards, pickup notices and card notes to PDF. */
@Command(name = "print", description = "Prints cards, civil servants' masking cards, pickup notices and cards' pending notes to PDF.", subcommands = {
		PrintCommand.Cards.class, PrintCommand.Masking.class, PrintCommand.Notices.class, PrintCommand.Notes.class })
final class PrintCommand {

	@ParentCommand
	Madoguchi root;

	/** What every print command takes: the PDF to write and the card layout. */
	abstract static class Output implements Runnable {

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the PDF to write")
		Path out;

		@Option(names = "--layout", paramLabel = "FILE", description = "a municipality's own card layout (JSON; see the README)")
		Path layout;

		@ParentCommand
		PrintCommand parent;

		@Spec
		CommandSpec spec;

		void done(int count, String what) {
			spec.commandLine().getOut().println("Printed " + count + " " + what + " to " + out.toAbsolutePath());
			spec.commandLine().getOut().flush();
		}

		/** Printing with the standard layout, or with the one given by --layout. */
		CardPrinting printing(Register register) {
			return layout == null ? register.printing() : register.printing().withLayout(layout);
		}
	}

	/** What the card and masking card commands take besides: the sheet. */
	abstract static class Printing extends Output {

		@Option(names = "--sheet", paramLabel = "SHEET", description = "card (one card-sized page per side, default) or a4 (ten per page, crop marks)")
		String sheet = "card";

		Sheet sheet() {
			try {
				return Sheet.valueOf(sheet.toUpperCase(Locale.ROOT));
			} catch (IllegalArgumentException e) {
				throw new CommandFailure("Unknown --sheet " + sheet + ": use card or a4", ExitCodes.USAGE);
			}
		}
	}

	@Command(name = "cards", description = { "Prints My Number Cards to PDF, front then back.",
			"Residents by --ids, the cards that arrived (became ready) on the day --batch, or every card that is --status ready.",
			"--proof adds a 見本 / SPECIMEN watermark." })
	static final class Cards extends Printing {

		/** Exactly one way of choosing the cards. */
		static final class Choice {
			@Option(names = "--ids", arity = "1..*", split = ",", paramLabel = "ID", description = "resident IDs, by spaces or commas")
			List<Long> ids;

			@Option(names = "--batch", paramLabel = "DATE", converter = DateConverter.class,
					description = "the cards that became ready for pickup on this day")
			LocalDate batch;

			@Option(names = "--status", paramLabel = "STATUS", description = "ready: every card waiting for pickup")
			String status;
		}

		@ArgGroup(exclusive = true, multiplicity = "1")
		Choice choice;

		@Option(names = "--proof", description = "print a 見本 / SPECIMEN watermark")
		boolean proof;

		@Override
		public void run() {
			if (choice.status != null && !choice.status.equals("ready")) {
				throw new CommandFailure("--status takes ready", ExitCodes.USAGE);
			}
			if (choice.ids != null) {
				choice.ids.forEach(id -> OptionRange.ID.check(spec, "--ids", id));
			}
			CardPrinting.Selection selection = new CardPrinting.Selection(choice.ids, choice.batch, choice.status != null);
			int count;
			try (var register = parent.root.open()) {
				count = printing(register).printCards(selection, sheet(), proof, out.toAbsolutePath(),
						Progress.NONE);
			}
			done(count, "cards");
		}
	}

	@Command(name = "masking", description = "Prints masking cards for national civil servants: --official ID... or --all.")
	static final class Masking extends Printing {

		/** Which officials. */
		static final class Choice {
			@Option(names = "--official", arity = "1..*", split = ",", paramLabel = "ID", description = "official IDs, by spaces or commas")
			List<String> officials;

			@Option(names = "--all", description = "every official in the register")
			boolean all;
		}

		@ArgGroup(exclusive = true, multiplicity = "1")
		Choice choice;

		@Override
		public void run() {
			int count;
			try (var register = parent.root.open()) {
				count = printing(register).printMasking(choice.all ? null : choice.officials, sheet(), out.toAbsolutePath());
			}
			done(count, "masking cards");
		}
	}

	@Command(name = "notices", description = { "Prints a pickup notice (交付通知書) for each card ready for pickup: an A4 letter for a 長形3号 window envelope.",
			"Every card that is --status ready, or the cards that became ready on the day --batch." })
	static final class Notices implements Runnable {

		/** Exactly one way of choosing the cards. */
		static final class Choice {
			@Option(names = "--batch", paramLabel = "DATE", converter = DateConverter.class,
					description = "the cards that became ready for pickup on this day")
			LocalDate batch;

			@Option(names = "--status", paramLabel = "STATUS", description = "ready: every card waiting for pickup")
			String status;
		}

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the PDF to write")
		Path out;

		@ArgGroup(exclusive = true, multiplicity = "1")
		Choice choice;

		@Option(names = "--window", paramLabel = "TEXT", description = "the counter the resident comes to, e.g. 市民課 3番窓口")
		String window;

		@Option(names = "--deadline", paramLabel = "DATE", converter = DateConverter.class,
				description = "the last day the card waits (default: 60 days from today)")
		LocalDate deadline;

		@ParentCommand
		PrintCommand parent;

		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			if (choice.status != null && !choice.status.equals("ready")) {
				throw new CommandFailure("--status takes ready", ExitCodes.USAGE);
			}
			int count;
			try (var register = parent.root.open()) {
				count = register.pickupNotices().print(new PickupNotices.Request(choice.batch, window, deadline), out.toAbsolutePath(),
						Progress.NONE);
			}
			spec.commandLine().getOut().println("Printed " + count + " pickup notices to " + out.toAbsolutePath());
			spec.commandLine().getOut().flush();
		}
	}

	@Command(name = "notes", description = "Prints the pending notes (追記) of cards to PDF, for the counter's card-face printer: "
			+ "one card-sized page per card, each note at its line of the notes area.")
	static final class Notes extends Output {

		/** Which cards. */
		static final class Choice {
			@Option(names = "--card", arity = "1..*", split = ",", paramLabel = "ID", description = "card ids, by spaces or commas")
			List<Long> cards;

			@Option(names = "--pending", description = "every card with pending notes")
			boolean pending;
		}

		@ArgGroup(exclusive = true, multiplicity = "1")
		Choice choice;

		@Override
		public void run() {
			if (choice.cards != null) {
				choice.cards.forEach(id -> OptionRange.ID.check(spec, "--card", id));
			}
			int count;
			try (var register = parent.root.open()) {
				count = printing(register).notes().print(choice.pending ? null : choice.cards, out.toAbsolutePath());
			}
			done(count, count == 1 ? "card's notes" : "cards' notes");
		}
	}
}
