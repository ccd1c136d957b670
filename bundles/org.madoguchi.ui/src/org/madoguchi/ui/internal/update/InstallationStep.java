package org.madoguchi.ui.internal.update;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.session.Session;

/** A handler that changes the installation itself: a supervisor's, as on the command line. */
abstract class InstallationStep {

	@CanExecute
	boolean canExecute(Session session) {
		return session.allows(Permission.SUPERVISE);
	}
}
