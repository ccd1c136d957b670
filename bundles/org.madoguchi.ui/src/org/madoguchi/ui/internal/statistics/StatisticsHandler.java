package org.madoguchi.ui.internal.statistics;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/** Reports > Register Statistics: counts only, every role's. */
public final class StatisticsHandler {

	@Execute
	void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		new StatisticsDialog(shell, session).open();
	}
}
