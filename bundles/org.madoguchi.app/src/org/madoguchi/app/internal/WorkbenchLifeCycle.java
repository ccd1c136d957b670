package org.madoguchi.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;

/** Start-up of the workbench, before the application model is rendered. */
public final class WorkbenchLifeCycle {

	/** A file written when the first window is up: {@code madoguchi bench} measures start-up with it. */
	static final String STARTUP_MARKER = "madoguchi.startupMarker";
	/** Close again once the window is up (the benchmark's start-up runs). */
	static final String EXIT_AFTER_STARTUP = "madoguchi.exitAfterStartup";

	@PostContextCreate
	void start(IEclipseContext applicationContext, IEventBroker events) {
		applicationContext.set(WorkbenchArguments.class, WorkbenchArguments.parse(Platform.getApplicationArgs()));
		String marker = System.getProperty(STARTUP_MARKER);
		if (marker != null) {
			events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
				try {
					Files.writeString(Path.of(marker), String.valueOf(System.currentTimeMillis()));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
					applicationContext.get(IWorkbench.class).close();
				}
			});
		}
	}
}
