package org.madoguchi.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/** File > Exit: as closing the main window, it asks first about moves typed and not saved. */
public final class ExitHandler {

	@Execute
	void execute(IWorkbench workbench, MWindow window) {
		IWindowCloseHandler guard = window.getContext().get(IWindowCloseHandler.class);
		if (guard == null || guard.close(window)) {
			workbench.close();
		}
	}
}
