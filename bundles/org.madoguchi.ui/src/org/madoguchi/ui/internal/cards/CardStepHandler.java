package org.madoguchi.ui.internal.cards;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.inject.Named;

/**
 * A card command's handler: enabled when the service allows the step on the selected resident or
 * card; asks what the step needs, naming the person, then takes the step in one transaction, in a
 * job: the refusal, or the resident's editor read again saying what was recorded, follows on the
 * UI thread, unless the counter locked meanwhile. One subclass per command, because e4 gives a
 * handler no way to learn its command.
 */
public abstract class CardStepHandler {

	private final CardStep step;

	CardStepHandler(CardStep step) {
		this.step = step;
	}

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return selection instanceof CardSubject subject && step.allows(subject);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SELECTION) CardSubject subject, Session session,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
		CardStepDialog dialog = new CardStepDialog(shell, step.label(), NLS.bind(step.question(), subject.residentName(), subject.serial()));
		step.ask(dialog, session.register().today());
		if (dialog.open() != Window.OK) {
			return;
		}
		long residentId = subject.resident().getId();
		new Reads(session, shell).write(step.label(), register -> {
			step.take(register.cards(), subject, dialog);
			return new SessionEvents.ResidentChanged(residentId, NLS.bind(Messages.Card_taken, step.label()));
		}, taken -> events.send(SessionEvents.REGISTER_CHANGED, taken), refused -> MessageDialog.openError(shell, step.label(), Failures.message(refused)));
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

	public static final class Reinstate extends CardStepHandler {
		public Reinstate() {
			super(CardStep.REINSTATE);
		}
	}

	public static final class Return extends CardStepHandler {
		public Return() {
			super(CardStep.RETURN);
		}
	}

	public static final class Revoke extends CardStepHandler {
		public Revoke() {
			super(CardStep.REVOKE);
		}
	}

	public static final class RenewCertificates extends CardStepHandler {
		public RenewCertificates() {
			super(CardStep.RENEW_CERTIFICATES);
		}
	}

	public static final class ChangeValidity extends CardStepHandler {
		public ChangeValidity() {
			super(CardStep.CHANGE_VALIDITY);
		}
	}

	public static final class ContinuedUse extends CardStepHandler {
		public ContinuedUse() {
			super(CardStep.CONTINUED_USE);
		}
	}

	public static final class NotesWritten extends CardStepHandler {
		public NotesWritten() {
			super(CardStep.NOTES_WRITTEN);
		}
	}
}
