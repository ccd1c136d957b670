package org.madoguchi.cli.internal;

import java.time.LocalDate;
import java.util.function.BiConsumer;

import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.CardActions;
import org.madoguchi.service.CardView;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi card …}: a card looked up, and each step of its life at the counter, through
 * the same service calls as the workbench's card actions. {@code CARD} is a card id or the card
 * number printed on it.
 */
@Command(name = "card", description = "Looks up My Number Cards and records each step of their life at the counter.", subcommands = {
		CardCommand.Show.class, CardCommand.Apply.class, CardCommand.Produce.class, CardCommand.Ready.class, CardCommand.Issue.class,
		CardCommand.Suspend.class, CardCommand.Reinstate.class, CardCommand.Revoke.class, CardCommand.Return.class,
		CardCommand.RenewCertificates.class, CardCommand.ChangeValidity.class, CardCommand.ContinuedUse.class,
		CardCommand.NotesWritten.class })
final class CardCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'card show', 'card apply', 'card issue', ….");
	}

	/** A command that prints a card: lines, or with --json one object. */
	abstract static class CardOutput extends DatabaseCommand {

		@Option(names = "--json", description = "print the card as one JSON object")
		boolean json;

		void print(String done, CardView card) {
			if (json) {
				print(Json.print(CardPrinter.json(card)));
			} else {
				print((done == null ? "" : done + "\n") + CardPrinter.text(card));
			}
		}
	}

	/** One step of a card named by CARD: the service refuses what the lifecycle does not allow. */
	abstract static class Step extends CardOutput {

		@Parameters(paramLabel = "CARD", description = "the card id, or the card number printed on the card")
		String card;

		/** Finds the card, takes the step, and prints what was done and the card's new state. */
		void step(String done, BiConsumer<CardActions, Long> step) {
			CardView after = withRegister(register -> {
				long cardId = register.cards().find(card);
				step.accept(register.cards(), cardId);
				return register.cards().view(cardId);
			});
			print("Card " + after.id() + " " + done + ".", after);
		}
	}

	@Command(name = "continued-use", description = "Records the continued use (継続利用) of a card brought at a move-in: presented, "
			+ "PIN entered, notes written; due within 90 days of the move-in notification, or the card lapses.")
	static final class ContinuedUse extends Step {

		@Option(names = "--on", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the day of the procedure")
		LocalDate on;

		@Override
		public void run() {
			step("is in continued use", (cards, id) -> cards.recordContinuedUse(id, on));
		}
	}

	@Command(name = "notes-written", description = "Records that the card's pending notes were written in its notes area (追記欄) today.")
	static final class NotesWritten extends Step {

		@Override
		public void run() {
			step("has its notes written", (cards, id) -> cards.recordNotesWritten(id));
		}
	}

	@Command(name = "renew-certificates", description = "Renews the certificates of a card its holder has: from the day, to the 5th birthday after it (the 6th inside the renewal window), never past the card.")
	static final class RenewCertificates extends Step {

		@Option(names = "--on", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "the renewal day")
		LocalDate on;

		@Override
		public void run() {
			step("has new certificates", (cards, id) -> cards.renewCertificates(id, on));
		}
	}

	@Command(name = "change-validity", description = "Changes a foreign resident's card to the extended period of stay, capped by the birthday rule; certificates are not extended.")
	static final class ChangeValidity extends Step {

		@Option(names = "--residence-until", required = true, paramLabel = "DATE", converter = DateConverter.class,
				description = "the new end of the period of stay, as on the residence card")
		LocalDate residenceUntil;

		@Override
		public void run() {
			step("has its validity changed", (cards, id) -> cards.changeValidity(id, residenceUntil));
		}
	}

	/** A step that records why (a loss, a revocation, a return). */
	abstract static class StepWithReason extends Step {

		@Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, as the resident or the supervisor said it")
		String reason;
	}

	@Command(name = "show", description = "Shows a card, or a resident's cards newest first, with their certificates.")
	static final class Show extends CardOutput {

		@ArgGroup(exclusive = true, multiplicity = "1")
		Which which;

		static final class Which {
			@Parameters(paramLabel = "CARD", description = "the card id, or the card number printed on the card")
			String card;

			@Option(names = "--resident", paramLabel = "ID", description = "every card of this resident, newest first")
			Long resident;
		}

		@Override
		public void run() {
			if (which.resident != null) {
				var cards = withRegister(register -> register.cards().ofResident(which.resident));
				print(json ? Json.print(CardPrinter.json(cards)) : CardPrinter.text(cards));
			} else {
				print(null, withRegister(register -> register.cards().view(register.cards().find(which.card))));
			}
		}
	}

	@Command(name = "apply", description = "Takes a card application (a first card or a renewal) that J-LIS received.")
	static final class Apply extends CardOutput {

		@Option(names = "--resident", required = true, paramLabel = "ID", description = "the applicant")
		long resident;

		@Option(names = "--received", paramLabel = "DATE", converter = DateConverter.class,
				description = "the day J-LIS received the application (default: today); it decides the rule set")
		LocalDate received;

		@Option(names = "--channel", paramLabel = "CHANNEL", converter = ChannelConverter.class,
				description = "counter (default), mail, online or photo-booth")
		ApplicationChannel channel = ApplicationChannel.COUNTER;

		@Override
		public void run() {
			CardView card = withRegister(register -> register.cards()
					.view(register.cards().apply(resident, received == null ? register.today() : received, channel)));
			print("Card application taken as card " + card.id() + ".", card);
		}
	}

	@Command(name = "produce", description = "Records that J-LIS produced the card: its card number and issue date.")
	static final class Produce extends Step {

		@Option(names = "--serial", required = true, paramLabel = "S", description = "the card number J-LIS reported (8 to 20 letters and digits)")
		String serial;

		@Option(names = "--issued", required = true, paramLabel = "DATE", converter = DateConverter.class,
				description = "the day J-LIS produced the card: its validity counts from it")
		LocalDate issued;

		@Override
		public void run() {
			step("produced", (cards, id) -> cards.recordProduction(id, serial, issued));
		}
	}

	@Command(name = "ready", description = "Records that the card arrived at the office and waits for its holder.")
	static final class Ready extends Step {
		@Override
		public void run() {
			step("is ready for pickup", CardActions::readyForPickup);
		}
	}

	@Command(name = "issue", description = "Hands the card to its holder (a supervisor's); a card held until now is returned.")
	static final class Issue extends Step {
		@Override
		public void run() {
			step("issued", CardActions::issue);
		}
	}

	@Command(name = "suspend", description = "Suspends a card reported lost, with its certificates.")
	static final class Suspend extends StepWithReason {
		@Override
		public void run() {
			step("suspended", (cards, id) -> cards.suspend(id, reason));
		}
	}

	@Command(name = "reinstate", description = "Lifts the suspension of a card that was found (a supervisor's); its certificates are revoked.")
	static final class Reinstate extends StepWithReason {
		@Override
		public void run() {
			step("reinstated; its certificates are revoked and may be issued anew", (cards, id) -> cards.reinstate(id, reason));
		}
	}

	@Command(name = "revoke", description = "Revokes a card and its certificates (a supervisor's).")
	static final class Revoke extends StepWithReason {
		@Override
		public void run() {
			step("revoked", (cards, id) -> cards.revoke(id, reason));
		}
	}

	@Command(name = "return", description = "Records that the holder handed the card back; its certificates end.")
	static final class Return extends StepWithReason {
		@Override
		public void run() {
			step("returned", (cards, id) -> cards.returned(id, reason));
		}
	}
}
