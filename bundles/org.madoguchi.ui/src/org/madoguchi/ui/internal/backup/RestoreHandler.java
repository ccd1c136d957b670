package org.madoguchi.ui.internal.backup;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Permission;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.preferences.WorkbenchPreferences;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/**
 * File > Restore: a backup into a new, empty folder; the register in use is never overwritten.
 * An encrypted backup asks for the operator's password. The restored register can be made the
 * one the workbench opens, after a restart.
 */
public final class RestoreHandler {

	@CanExecute
	boolean canExecute(Session session) {
		return session.allows(Permission.SUPERVISE);
	}

	@Execute
	void execute(Session session, WorkbenchPreferences preferences, IWorkbench workbench,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setFilterExtensions(new String[] { "*.zip" });
		String backup = files.open();
		if (backup == null) {
			return;
		}
		DirectoryDialog folders = new DirectoryDialog(shell);
		folders.setMessage(Messages.Restore_folder);
		String folder = folders.open();
		if (folder == null) {
			return;
		}
		DatabaseLocation target = DatabaseLocation.of(folder);
		String operator = session.register().operator().id();
		Login login = new Login(operator, () -> askPassword(shell, operator));
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(Messages.Restore_running, -1);
				try {
					Register.restore(Path.of(backup), target, login);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Restore_title, Failures.message(e.getCause()));
			return;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (MessageDialog.openQuestion(shell, Messages.Restore_title, NLS.bind(Messages.Restore_done, target))) {
			preferences.moveRegister(session.register(), target.toString());
			workbench.restart();
		}
	}

	/** Asked on the restore's worker thread, shown on the UI thread. */
	private static char[] askPassword(Shell shell, String operator) {
		AtomicReference<char[]> password = new AtomicReference<>(new char[0]);
		shell.getDisplay().syncExec(() -> {
			InputDialog dialog = new InputDialog(shell, Messages.Restore_title, NLS.bind(Messages.Restore_password, operator), "", null) {
				@Override
				protected int getInputTextStyle() {
					return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
				}
			};
			if (dialog.open() == Window.OK) {
				password.set(dialog.getValue().toCharArray());
			}
		});
		return password.get();
	}
}
