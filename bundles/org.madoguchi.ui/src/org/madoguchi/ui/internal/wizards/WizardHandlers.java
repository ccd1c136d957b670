package org.madoguchi.ui.internal.wizards;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.Permission;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.cards.CardSubject;
import org.madoguchi.ui.internal.preferences.WorkbenchPreferences;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.inject.Named;

/** The handlers that open the import, report, print and pickup notice wizards (a supervisor's work), and the access log's (an auditor's too). */
public final class WizardHandlers {

	abstract static class SupervisorWizardHandler {
		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(Permission.SUPERVISE);
		}

		void open(Shell shell, Wizard wizard, IEventBroker events, boolean changesRegister) {
			new WizardDialog(shell, wizard).open();
			if (changesRegister) {
				events.send(SessionEvents.REGISTER_CHANGED, Boolean.TRUE);
			}
		}
	}

	/** File > Import Residents. */
	public static final class Import extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new ImportWizard(session::register), events, true);
		}
	}

	/** Reports > Expiry and Renewal Lists. */
	public static final class Report extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, WorkbenchPreferences preferences, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
				IEventBroker events) {
			open(shell, new ReportWizard(session::register, preferences.reportWindowDays()), events, false);
		}
	}

	/** Reports > Access Log: an auditor's and a supervisor's, as the audit trail is. */
	public static final class AccessLog {
		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(Permission.READ_AUDIT);
		}

		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			new WizardDialog(shell, new AccessLogWizard(session::register)).open();
		}
	}

	/** Cards > Print Cards: the resident open in the active editor is offered. */
	public static final class Print extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
				@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			List<ResidentView> residents = selection instanceof CardSubject subject ? List.of(subject.asListed()) : List.of();
			open(shell, new PrintWizard(session::register, residents), events, false);
		}
	}

	/** Cards > Print Pickup Notices. */
	public static final class PrintNotices extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new PickupNoticesWizard(session::register), events, false);
		}
	}

	private WizardHandlers() {
	}
}
