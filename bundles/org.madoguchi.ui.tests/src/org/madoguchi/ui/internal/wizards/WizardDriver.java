package org.madoguchi.ui.internal.wizards;

import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Widgets;

/** Drives a wizard in a test as a clerk does: opened, its fields typed, finished, its result read. */
final class WizardDriver {

	private WizardDriver() {
	}

	static WizardDialog open(Shell shell, IWizard wizard) {
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	/** Finishes as the button does and returns what the last page says; the dialog is then closed. */
	static String finish(WizardDialog dialog) {
		dialog.getCurrentPage().getWizard().performFinish();
		String result = Widgets.find(dialog.getShell(), Label.class).stream().filter(label -> label.getData("result") != null).findFirst().orElseThrow()
				.getText();
		dialog.close();
		return result;
	}

	/** The page's {@code index}th field one can type into. */
	static Text field(WizardDialog dialog, int index) {
		return Widgets.texts(dialog.getShell()).get(index);
	}
}
