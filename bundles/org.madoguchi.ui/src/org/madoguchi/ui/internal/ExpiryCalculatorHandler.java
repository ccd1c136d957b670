package org.madoguchi.ui.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Cards > Expiry calculator. */
public final class ExpiryCalculatorHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell) {
		new ExpiryDialog(shell).open();
	}
}
