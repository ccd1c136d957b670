package org.madoguchi.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.app.internal.Messages;
import org.madoguchi.app.internal.WorkbenchArguments;
import org.madoguchi.app.internal.about.AboutDialog;
import org.madoguchi.app.internal.about.BundledLibrary;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import jakarta.inject.Named;

/** Help > About Madoguchi. */
public final class AboutHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, WorkbenchArguments arguments) {
		Version version = FrameworkUtil.getBundle(AboutHandler.class).getVersion();
		String database = arguments.database().orElse(Messages.AboutDialog_defaultDatabase);
		new AboutDialog(shell, version.toString(), database, BundledLibrary.installed()).open();
	}
}
