package org.madoguchi.app.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.preferences.WorkbenchPreferences;
import org.madoguchi.ui.internal.resident.KeptEditors;
import org.madoguchi.ui.internal.session.IdleLock;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;
import org.madoguchi.ui.internal.session.Startup;
import org.madoguchi.ui.internal.session.WindowCloseGuard;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * Start-up of the workbench. A demo register opens at once. Otherwise the window comes up empty
 * and the first-run wizard or the login dialog asks over it; the parts appear once somebody is
 * logged in. The window is titled with the office and the operator, the counter locks when idle
 * (the parts then follow whoever logs in), closing the window asks about unsaved moves, and the
 * register is closed at exit.
 */
public final class WorkbenchLifeCycle {

	/** A file written when the first window is up: {@code madoguchi bench} measures start-up with it. */
	static final String STARTUP_MARKER = "madoguchi.startupMarker";
	/** Close again once the window is up (the benchmark's start-up runs). */
	static final String EXIT_AFTER_STARTUP = "madoguchi.exitAfterStartup";
	static final String MAIN_WINDOW = "org.madoguchi.app.window.main";
	/** The window's content: the parts need a session, so it is rendered after the login. */
	static final String CONTENT = "org.madoguchi.app.sash.main";

	private Startup startup;

	@PostContextCreate
	void start(IEclipseContext applicationContext, IEventBroker events) {
		WorkbenchArguments arguments = WorkbenchArguments.parse(Platform.getApplicationArgs());
		applicationContext.set(WorkbenchArguments.class, arguments);
		WorkbenchPreferences preferences = new WorkbenchPreferences();
		applicationContext.set(WorkbenchPreferences.class, preferences);
		startup = new Startup(arguments.database().orElse(null), preferences);
		try {
			Session demo = startup.withoutAsking();
			if (demo != null) {
				applicationContext.set(Session.class, demo);
			}
		} catch (RuntimeException cannotOpen) {
			// asked again over the window, where the reason is shown
		}
	}

	@ProcessAdditions
	void prepareWindow(MApplication application, EModelService model, IEventBroker events) {
		IEclipseContext context = application.getContext();
		MWindow window = mainWindow(application);
		MUIElement content = model.find(CONTENT, application);
		Session session = context.get(Session.class);
		if (session == null) {
			content.setToBeRendered(false);
		} else {
			window.setLabel(session.windowTitle());
		}
		events.subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> {
			if (context.get(Session.class) == null) {
				// asked once the window is up, over it; asynchronously, so that start-up completes first
				Display.getCurrent().asyncExec(() -> logIn(context, window, content));
			} else {
				startWork(context, window);
			}
			startupMarker(context);
		});
		events.subscribe(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED, event -> {
			Session open = context.get(Session.class);
			if (open != null) {
				open.close();
			}
		});
	}

	private void logIn(IEclipseContext context, MWindow window, MUIElement content) {
		Session session = startup.ask((Shell) window.getWidget());
		if (session == null) {
			context.get(IWorkbench.class).close();
			return;
		}
		context.set(Session.class, session);
		content.setToBeRendered(true);
		startWork(context, window);
	}

	/**
	 * The title and its updates, an auditor's audit trail, the register's location as the office
	 * set it (unless --db chose one), the resident editors kept for an operator while somebody else
	 * works, the idle lock, and a window close that asks first.
	 */
	private void startWork(IEclipseContext context, MWindow window) {
		Session session = context.get(Session.class);
		IEventBroker events = context.get(IEventBroker.class);
		window.setLabel(session.windowTitle());
		showAuditTrailToAuditors(window, session);
		if (context.get(WorkbenchArguments.class).database().isEmpty()) {
			context.get(WorkbenchPreferences.class).follow(session.register());
		}
		context.set(KeptEditors.class, ContextInjectionFactory.make(KeptEditors.class, window.getContext()));
		IdleLock lock = new IdleLock(Display.getCurrent(), session, events);
		context.set(IdleLock.class, lock);
		events.subscribe(SessionEvents.OPERATOR_CHANGED, event -> {
			window.setLabel(session.windowTitle());
			showAuditTrailToAuditors(window, session);
		});
		events.subscribe(SessionEvents.OFFICE_CHANGED, event -> {
			window.setLabel(session.windowTitle());
			lock.readSettings();
		});
		window.getContext().set(IWindowCloseHandler.class,
				new WindowCloseGuard(lock, window.getContext().get(EPartService.class), context.get(IWorkbench.class)::close));
		lock.start();
	}

	/** An auditor's work is the audit trail: it comes to the front (the search and the dashboard say they are not theirs). */
	private static void showAuditTrailToAuditors(MWindow window, Session session) {
		if (session.auditsOnly()) {
			IEclipseContext context = window.getContext();
			context.get(EHandlerService.class)
					.executeHandler(context.get(ECommandService.class).createCommand(ModelIds.SHOW_VIEW, Map.of(ModelIds.SHOW_VIEW_PARAMETER, ModelIds.AUDIT_TRAIL)));
		}
	}

	private static MWindow mainWindow(MApplication application) {
		return application.getChildren().stream().filter(child -> MAIN_WINDOW.equals(child.getElementId())).findFirst().orElseThrow();
	}

	private static void startupMarker(IEclipseContext context) {
		String marker = System.getProperty(STARTUP_MARKER);
		if (marker == null) {
			return;
		}
		try {
			Files.writeString(Path.of(marker), String.valueOf(System.currentTimeMillis()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (Boolean.getBoolean(EXIT_AFTER_STARTUP)) {
			context.get(IWorkbench.class).close();
		}
	}
}
