package org.madoguchi.ui.internal.update;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.Failures;

/** A step of installing or reverting that touches the installation: off the UI thread, behind a progress dialog. */
final class UpdateWork {

	/** Runs {@code work}; false (after saying why, under {@code title}) when it failed. */
	static boolean run(Shell shell, String title, String task, Runnable work) {
		IRunnableWithProgress runnable = monitor -> {
			monitor.beginTask(task, -1);
			try {
				work.run();
			} catch (RuntimeException e) {
				throw new InvocationTargetException(e);
			}
		};
		try {
			new ProgressMonitorDialog(shell).run(true, false, runnable);
			return true;
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, title, Failures.message(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	private UpdateWork() {
	}
}
