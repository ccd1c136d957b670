package org.madoguchi.ui.internal.resident;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.inject.Named;

/** The handlers of Residents > New Resident (Move-in…) and Birth…: counter work, ending in the new resident's editor. */
public final class ChangeWizardHandlers {

	abstract static class CounterWizardHandler {
		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(Permission.COUNTER_WORK);
		}

		/** Runs the wizard; after Finish, the register has changed and the new resident opens, saying what the change did. */
		void open(Shell shell, ChangeWizard wizard, EPartService parts, EModelService model, MApplication application, IEventBroker events) {
			if (new WizardDialog(shell, wizard).open() != Window.OK) {
				return;
			}
			ChangeOutcome outcome = wizard.outcome();
			events.send(SessionEvents.REGISTER_CHANGED, new SessionEvents.ResidentChanged(outcome.residentId(), null));
			ResidentEditors.open(parts, model, application, outcome.residentId(), wizard.personName(), null, ChangePanel.recorded(outcome));
		}
	}

	/** Residents > New Resident (Move-in…). */
	public static final class MoveIn extends CounterWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, EModelService model,
				MApplication application, IEventBroker events) {
			open(shell, new MoveInWizard(session), parts, model, application, events);
		}
	}

	/** Residents > Birth…. */
	public static final class Birth extends CounterWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, EModelService model,
				MApplication application, IEventBroker events) {
			open(shell, new BirthWizard(session), parts, model, application, events);
		}
	}

	private ChangeWizardHandlers() {
	}
}
