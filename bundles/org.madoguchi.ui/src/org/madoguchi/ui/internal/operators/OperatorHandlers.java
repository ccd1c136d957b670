package org.madoguchi.ui.internal.operators;

import java.util.Arrays;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/** The handlers of the operators' accounts: Window > Operators (a supervisor's) and File > Change Password (everybody's own). */
public final class OperatorHandlers {

	private OperatorHandlers() {
	}

	/** Window > Operators. */
	public static final class Operators {
		@CanExecute
		boolean canExecute(Session session) {
			return session.allows(Permission.SUPERVISE);
		}

		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			new OperatorsDialog(shell, session).open();
		}
	}

	/** File > Change Password: an open demo register has no logins, so no passwords. */
	public static final class ChangePassword {
		@CanExecute
		boolean canExecute(Session session) {
			return !session.register().isDemo();
		}

		@Execute
		void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			ChangePasswordDialog dialog = new ChangePasswordDialog(shell, session.register().operator().id());
			if (dialog.open() != Window.OK) {
				return;
			}
			char[] password = dialog.password();
			new Reads(session, shell).write(Messages.Password_title, register -> {
				try {
					register.operators().changeOwnPassword(() -> password);
					return Messages.Password_changed;
				} finally {
					Arrays.fill(password, '\0');
				}
			}, done -> MessageDialog.openInformation(shell, Messages.Password_title, done),
					refused -> MessageDialog.openError(shell, Messages.Password_title, Failures.message(refused)));
		}
	}
}
