package org.madoguchi.ui.internal.update;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.SoftwareUpdate;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/**
 * Help > Install Update from File: the same checks and installation as {@code madoguchi update},
 * the clerk-facing summary before, and the restart into the new version after.
 */
public final class InstallUpdateHandler extends InstallationStep {

	@Execute
	void execute(Session session, IWorkbench workbench, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		FileDialog files = new FileDialog(shell, SWT.OPEN);
		files.setFilterExtensions(new String[] { "*.zip" });
		String chosen = files.open();
		if (chosen == null) {
			return;
		}
		AtomicReference<SoftwareUpdate> offer = new AtomicReference<>();
		if (!UpdateWork.run(shell, Messages.Update_title, Messages.Update_checking,
				() -> offer.set(session.register().updates().offer(Path.of(chosen), false)))) {
			return;
		}
		SoftwareUpdate update = offer.get();
		String backup = update.registerBackup().map(file -> NLS.bind(Messages.Update_backup, file)).orElse("");
		if (!MessageDialog.openQuestion(shell, Messages.Update_title,
				NLS.bind(Messages.Update_confirm, new Object[] { update.installedVersion(), update.offeredVersion(), update.changes(), backup }))) {
			return;
		}
		if (UpdateWork.run(shell, Messages.Update_title, Messages.Update_installing, update::install)
				&& MessageDialog.openQuestion(shell, Messages.Update_title, NLS.bind(Messages.Update_done, update.offeredVersion()))) {
			workbench.restart();
		}
	}
}
