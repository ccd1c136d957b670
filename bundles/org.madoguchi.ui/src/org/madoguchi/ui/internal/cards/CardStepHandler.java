package org.madoguchi.ui.internal.cards;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.CardActions;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.inject.Named;

/**
 * A card command's handler: enabled when the selected resident or card allows the step and the
 * operator's role does; asks for confirmation naming the person, then takes the step in one
 * transaction. One subclass per command, because e4 gives a handler no way to learn its command.
 */
public abstract class CardStepHandler {

	private final CardStep step;

	CardStepHandler(CardStep step) {
		this.step = step;
	}

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, Session session) {
		return selection instanceof CardSubject subject && session.allows(step.permission()) && step.allows(subject);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SELECTION) CardSubject subject, Session session,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
		String serial = subject.card() == null || subject.card().getSerial() == null ? "" : subject.card().getSerial();
		String question = NLS.bind(step.question(), subject.residentName(), serial);
		Register register = session.register();
		CardActions cards = register.cards();
		try {
			switch (step) {
			case APPLY, RENEW -> {
				if (confirmed(shell, question)) {
					cards.apply(subject.resident().getId(), register.today(), ApplicationChannel.COUNTER);
				} else {
					return;
				}
			}
			case RECORD_PRODUCTION -> {
				String typed = ask(shell, question, "");
				if (typed == null) {
					return;
				}
				cards.recordProduction(subject.card().getId(), typed, register.today());
			}
			case READY_FOR_PICKUP -> {
				if (!confirmed(shell, question)) {
					return;
				}
				cards.readyForPickup(subject.card().getId());
			}
			case ISSUE -> {
				if (!confirmed(shell, question)) {
					return;
				}
				cards.issue(subject.card().getId());
			}
			case SUSPEND -> {
				String reason = ask(shell, question, Messages.Card_lostReason);
				if (reason == null) {
					return;
				}
				cards.suspend(subject.card().getId(), reason);
			}
			case REVOKE -> {
				String reason = ask(shell, question, "");
				if (reason == null) {
					return;
				}
				cards.revoke(subject.card().getId(), reason);
			}
			}
		} catch (RuntimeException refused) {
			MessageDialog.openError(shell, step.label(), Failures.message(refused));
			return;
		}
		events.send(SessionEvents.REGISTER_CHANGED, subject.resident().getId());
	}

	private boolean confirmed(Shell shell, String question) {
		return MessageDialog.openQuestion(shell, step.label(), question);
	}

	/** The serial or the reason the step needs; null when the clerk cancelled. */
	private String ask(Shell shell, String question, String initial) {
		InputDialog input = new InputDialog(shell, step.label(), question, initial,
				typed -> typed == null || typed.isBlank() ? Messages.Card_required : null);
		return input.open() == Window.OK ? input.getValue().strip() : null;
	}

	public static final class Apply extends CardStepHandler {
		public Apply() {
			super(CardStep.APPLY);
		}
	}

	public static final class Renew extends CardStepHandler {
		public Renew() {
			super(CardStep.RENEW);
		}
	}

	public static final class RecordProduction extends CardStepHandler {
		public RecordProduction() {
			super(CardStep.RECORD_PRODUCTION);
		}
	}

	public static final class ReadyForPickup extends CardStepHandler {
		public ReadyForPickup() {
			super(CardStep.READY_FOR_PICKUP);
		}
	}

	public static final class Issue extends CardStepHandler {
		public Issue() {
			super(CardStep.ISSUE);
		}
	}

	public static final class Suspend extends CardStepHandler {
		public Suspend() {
			super(CardStep.SUSPEND);
		}
	}

	public static final class Revoke extends CardStepHandler {
		public Revoke() {
			super(CardStep.REVOKE);
		}
	}
}
