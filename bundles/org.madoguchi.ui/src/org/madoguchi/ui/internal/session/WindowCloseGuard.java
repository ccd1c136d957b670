package org.madoguchi.ui.internal.session;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
 * and not saved only after asking whether to save them, discard them, or go on working. Saves run
 * off the UI thread, so Save keeps the window open until every save is recorded and then closes it;
 * a save the register refuses leaves it open, with the editor saying why.
 */
public final class WindowCloseGuard implements IWindowCloseHandler {

	private static final int SAVE = 0;
	private static final int DISCARD = 1;

	private final IdleLock lock;
	private final EPartService parts;
	private final Runnable closeAfterSaving;

	/** @param closeAfterSaving closes the window without asking again, once what was to save is saved */
	public WindowCloseGuard(IdleLock lock, EPartService parts, Runnable closeAfterSaving) {
		this.lock = lock;
		this.parts = parts;
		this.closeAfterSaving = closeAfterSaving;
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
		case SAVE -> {
			saveThenClose(unsaved);
			yield false;
		}
		case DISCARD -> true;
		default -> false;
		};
	}

	/** Starts every save; the last to finish closes the window when all were recorded and nothing new waits. */
	private void saveThenClose(Collection<MPart> unsaved) {
		List<CompletableFuture<Boolean>> saves = unsaved.stream().map(this::save).toList();
		CompletableFuture.allOf(saves.toArray(CompletableFuture[]::new)).thenRun(() -> {
			if (saves.stream().allMatch(CompletableFuture::join) && parts.getDirtyParts().isEmpty() && !lock.isLocked()) {
				closeAfterSaving.run();
			}
		});
	}

	private CompletableFuture<Boolean> save(MPart part) {
		if (part.getObject() instanceof BackgroundSave background) {
			return background.saveInBackground();
		}
		return CompletableFuture.completedFuture(parts.savePart(part, false) && !part.isDirty());
	}
}
