package org.madoguchi.ui.internal.session;

import java.util.Collection;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.Messages;

/**
 * Closing the main window (or File > Exit): never while the counter is locked, and with moves typed
 * and not saved only after asking whether to save them, discard them, or go on working.
 */
public final class WindowCloseGuard implements IWindowCloseHandler {

	private static final int SAVE = 0;
	private static final int DISCARD = 1;

	private final IdleLock lock;
	private final EPartService parts;

	public WindowCloseGuard(IdleLock lock, EPartService parts) {
		this.lock = lock;
		this.parts = parts;
	}

	@Override
	public boolean close(MWindow window) {
		if (lock.isLocked()) {
			return false;
		}
		Collection<MPart> unsaved = parts.getDirtyParts();
		if (unsaved.isEmpty()) {
			return true;
		}
		String names = unsaved.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining(", "));
		MessageDialog question = new MessageDialog((Shell) window.getWidget(), Messages.Close_title, null,
				NLS.bind(Messages.Close_message, names), MessageDialog.QUESTION, SAVE, Messages.Close_save, Messages.Close_discard,
				IDialogConstants.CANCEL_LABEL);
		return switch (question.open()) {
		case SAVE -> parts.saveAll(false) && parts.getDirtyParts().isEmpty();
		case DISCARD -> true;
		default -> false;
		};
	}
}
