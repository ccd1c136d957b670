package org.madoguchi.ui.internal.preferences;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.inject.Named;

/** Window > Preferences. */
public final class PreferencesHandler {

	@Execute
	void execute(Session session, WorkbenchPreferences preferences, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
			IEventBroker events) {
		if (new PreferencesDialog(shell, preferences, session).open() == Window.OK) {
			// the office's name is in the window title, its idle minutes in the lock
			events.send(SessionEvents.OFFICE_CHANGED, session.register().operator().id());
		}
	}
}
