package org.madoguchi.app.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** Start-up of the workbench, before the application model is rendered. */
public final class WorkbenchLifeCycle {

	@PostContextCreate
	void readArguments(IEclipseContext applicationContext) {
		applicationContext.set(WorkbenchArguments.class, WorkbenchArguments.parse(Platform.getApplicationArgs()));
	}
}
