package org.madoguchi.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Residents > Check Individual Number. */
public final class NumberCheckHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell) {
		NumberCheckDialog dialog = new NumberCheckDialog(shell);
		if (dialog.open() == Window.OK) {
			MessageDialog.openInformation(shell, Messages.NumberCheck_title, NumberCheckDialog.verdict(dialog.getValue()));
		}
	}
}
