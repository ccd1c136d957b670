package org.madoguchi.ui.internal.backup;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/** File > Back Up: the whole register into one checksummed file (on removable media, say). */
public final class BackupHandler {

	@CanExecute
	boolean canExecute(Session session) {
		return session.allows(Permission.SUPERVISE);
	}

	@Execute
	void execute(Session session, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.zip" });
		dialog.setFileName("madoguchi-backup-" + session.register().today() + ".zip");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		try {
			new ProgressMonitorDialog(shell).run(true, false, monitor -> {
				monitor.beginTask(Messages.Backup_running, -1);
				try {
					session.register().backups().backup(file);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
			MessageDialog.openInformation(shell, Messages.Backup_title, NLS.bind(Messages.Backup_done, file));
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.Backup_title, Failures.message(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
