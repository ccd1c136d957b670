package org.madoguchi.ui.internal.resident;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Edit > Undo in the active resident editor. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return part != null && part.getObject() instanceof ResidentEditorPart editor && editor.canUndo();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		((ResidentEditorPart) part.getObject()).undo();
	}
}
