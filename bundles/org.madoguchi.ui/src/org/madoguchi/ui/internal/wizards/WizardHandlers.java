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

/**
 * The handlers that open the wizards of work on whole files and days: import, export, reports,
 * printing, the daily run and the change files (a supervisor's work), and the access log and
 * the audit export (an auditor's too).
 */
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

	/** File > Export Residents. */
	public static final class ExportResidents extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new ResidentExportWizard(session::register), events, false);
		}
	}

	/** File > Export Change File: a branch office's (central's changes travel in its replies). */
	public static final class SyncExport extends SupervisorWizardHandler {
		@Override
		@CanExecute
		boolean canExecute(Session session) {
			return super.canExecute(session) && !session.atCentral();
		}

		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new SyncExportWizard(session::register), events, false);
		}
	}

	/** File > Import Change File: an office's at central, central's reply at an office; the status line reads the days since again. */
	public static final class SyncImport extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new SyncImportWizard(session::register, session.atCentral()), events, true);
			events.send(SessionEvents.OFFICE_CHANGED, session.register().operator().id());
		}
	}

	/** Cards > Daily Run. */
	public static final class DailyRun extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new DailyRunWizard(session::register), events, true);
		}
	}

	/** Reports > Access Log and Reports > Export Audit Entries: an auditor's and a supervisor's, as the audit trail is. */
	abstract static class AuditWizardHandler {
		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(Permission.READ_AUDIT);
		}
	}

	/** Reports > Access Log. */
	public static final class AccessLog extends AuditWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			new WizardDialog(shell, new AccessLogWizard(session::register)).open();
		}
	}

	/** Reports > Export Audit Entries. */
	public static final class AuditExport extends AuditWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			new WizardDialog(shell, new AuditExportWizard(session::register)).open();
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
