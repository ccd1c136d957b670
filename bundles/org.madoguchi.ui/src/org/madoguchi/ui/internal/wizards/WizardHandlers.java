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
import org.madoguchi.service.CardActions;
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

	/** A handler enabled for the operators whose role has the permission; it opens its wizard. */
	abstract static class WizardHandler {
		private final Permission needed;

		WizardHandler(Permission needed) {
			this.needed = needed;
		}

		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(needed);
		}

		void open(Shell shell, Wizard wizard, IEventBroker events, boolean changesRegister) {
			new WizardDialog(shell, wizard).open();
			if (changesRegister) {
				events.send(SessionEvents.REGISTER_CHANGED, Boolean.TRUE);
			}
		}
	}

	abstract static class SupervisorWizardHandler extends WizardHandler {
		SupervisorWizardHandler() {
			super(Permission.SUPERVISE);
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
	abstract static class AuditWizardHandler extends WizardHandler {
		AuditWizardHandler() {
			super(Permission.READ_AUDIT);
		}
	}

	/** Reports > Access Log. */
	public static final class AccessLog extends AuditWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new AccessLogWizard(session::register), events, false);
		}
	}

	/** Reports > Export Audit Entries. */
	public static final class AuditExport extends AuditWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new AuditExportWizard(session::register), events, false);
		}
	}

	/** Cards > Print Cards: the resident open in the active editor is offered. */
	public static final class Print extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
				@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			List<ResidentView> residents = selection instanceof CardSubject subject ? List.of(subject.asListed()) : List.of();
			open(shell, new PrintWizard(session, residents), events, false);
		}
	}

	/** Cards > Print Pickup Notices. */
	public static final class PrintNotices extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new PickupNoticesWizard(session::register), events, false);
		}
	}

	/** Cards > Print Masking Cards. */
	public static final class PrintMasking extends SupervisorWizardHandler {
		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			open(shell, new MaskingCardsWizard(session::register), events, false);
		}
	}

	/** Cards > Print Notes for the Card Face: a clerk's too; the card open in the editor is offered when it has pending notes. */
	public static final class PrintNotes extends WizardHandler {
		public PrintNotes() {
			super(Permission.COUNTER_WORK);
		}

		@Execute
		void execute(Session session, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
				@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IEventBroker events) {
			CardSubject withNotes = selection instanceof CardSubject subject && subject.allowed().contains(CardActions.Step.NOTES_WRITTEN) ? subject : null;
			open(shell, new CardNotesWizard(session::register, withNotes == null ? null : withNotes.card().getId(), withNotes == null ? null : withNotes.serial()),
					events, false);
		}
	}

	private WizardHandlers() {
	}
}
