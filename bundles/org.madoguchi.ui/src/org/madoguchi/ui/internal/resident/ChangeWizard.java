package org.madoguchi.ui.internal.resident;

import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * A wizard that brings a person onto the register (a move-in, a birth): Finish records the change
 * off the UI thread with the wizard's progress bar; a refusal is shown on the page Finish was
 * pressed on, and the wizard stays open to correct it.
 */
abstract class ChangeWizard extends Wizard {

	private ChangeOutcome outcome;

	ChangeWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	/**
	 * Reads the pages (on the UI thread) and returns the change to record.
	 *
	 * @throws IllegalArgumentException naming the field, when something typed cannot be read
	 */
	abstract Supplier<ChangeOutcome> prepare();

	/** The person's name, for the editor's tab. */
	abstract String personName();

	/** What Finish recorded: the new resident and what the change did. */
	ChangeOutcome outcome() {
		return outcome;
	}

	@Override
	public final boolean performFinish() {
		WizardPage asking = (WizardPage) getContainer().getCurrentPage();
		try {
			Supplier<ChangeOutcome> change = prepare();
			getContainer().run(true, false, monitor -> {
				monitor.beginTask(Messages.Change_saving, 1);
				try {
					outcome = change.get();
				} catch (RuntimeException refused) {
					throw new InvocationTargetException(refused);
				}
			});
			return true;
		} catch (InvocationTargetException refused) {
			asking.setErrorMessage(Failures.message(refused.getCause()));
		} catch (IllegalArgumentException unreadable) {
			asking.setErrorMessage(Failures.message(unreadable));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}
}
