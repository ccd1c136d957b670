package org.madoguchi.ui.internal.preferences;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/** Window > Office Rules: a supervisor's. */
public final class OfficeRulesHandler {

	@CanExecute
	boolean canExecute(Session session) {
		return session.allows(Permission.SUPERVISE);
	}

	@Execute
	void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new OfficeRulesDialog(shell, session).open();
	}
}
