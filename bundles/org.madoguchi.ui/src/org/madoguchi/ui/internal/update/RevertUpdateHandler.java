package org.madoguchi.ui.internal.update;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.SoftwareRevert;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

import jakarta.inject.Named;

/**
 * Help > Return to Earlier Version: the same checks and return as {@code madoguchi update --revert},
 * the two versions named before, and the restart into the earlier one after.
 */
public final class RevertUpdateHandler extends InstallationStep {

	@Execute
	void execute(Session session, IWorkbench workbench, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		AtomicReference<SoftwareRevert> offer = new AtomicReference<>();
		if (!UpdateWork.run(shell, Messages.Revert_title, Messages.Revert_checking, () -> offer.set(session.register().updates().offerRevert()))) {
			return;
		}
		SoftwareRevert revert = offer.get();
		if (!MessageDialog.openQuestion(shell, Messages.Revert_title,
				NLS.bind(Messages.Revert_confirm, revert.installedVersion(), revert.earlierVersion()))) {
			return;
		}
		if (UpdateWork.run(shell, Messages.Revert_title, Messages.Revert_running, revert::revert)
				&& MessageDialog.openQuestion(shell, Messages.Revert_title, NLS.bind(Messages.Revert_done, revert.earlierVersion()))) {
			workbench.restart();
		}
	}
}
