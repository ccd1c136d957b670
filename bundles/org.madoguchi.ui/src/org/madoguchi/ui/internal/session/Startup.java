package org.madoguchi.ui.internal.session;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.preferences.WorkbenchPreferences;

/**
 * Opens the register the workbench works on: a demo register straight away (before the window
 * shows), otherwise over the window: the first-run wizard where there is no register yet, else
 * the login dialog.
 */
public final class Startup {

	private static final String LOGIN_REQUIRED = "login.required";
	private static final String REGISTER_MISSING = "register.missing";

	private final DatabaseLocation location;
	/** Whether the last look found no register at the location (a server database may be empty). */
	private boolean missing;

	/** @param databaseArgument {@code --db} as given, or null: the one in the preferences, else the default */
	public Startup(String databaseArgument, WorkbenchPreferences preferences) {
		this.location = DatabaseLocation.of(databaseArgument != null ? databaseArgument : preferences.database());
	}

	/** The session when the register opens without asking anybody (a demo register); else null. */
	public Session withoutAsking() {
		missing = !location.exists();
		if (missing) {
			return null;
		}
		try {
			return new Session(location, Register.open(location, Login.none()));
		} catch (ServiceException e) {
			missing = REGISTER_MISSING.equals(e.problem().key());
			if (missing || LOGIN_REQUIRED.equals(e.problem().key())) {
				return null;
			}
			throw e;
		}
	}

	/** The first-run wizard or the login dialog; null when the user cancelled or the register cannot be opened. */
	public Session ask(Shell shell) {
		try {
			Session opened = withoutAsking();
			if (opened != null) {
				return opened;
			}
			if (missing) {
				FirstRunWizard wizard = new FirstRunWizard(location);
				return new WizardDialog(shell, wizard).open() == Window.OK ? new Session(location, wizard.register()) : null;
			}
		} catch (RuntimeException e) {
			MessageDialog.openError(shell, Messages.Login_title, Failures.message(e));
			return null;
		}
		LoginDialog login = new LoginDialog(shell, location, false);
		return login.open() == Window.OK ? new Session(location, login.register()) : null;
	}
}
