package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.workbench.ModelIds;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The workbench the UI harness started from our product on an empty folder (app.tests/pom.xml
 * passes --db): the window comes up empty with the first-run wizard over it; the first test to ask
 * goes through the wizard as a new office does, creating a production register with its first
 * supervisor, who is then logged in.
 */
final class RunningWorkbench {

	static final String OFFICE = "テスト市役所";
	static final String SUPERVISOR = "sato";
	static final String SUPERVISOR_NAME = "佐藤 花子";
	static final String PASSWORD = "madoguchi-2026";

	private static IWorkbench workbench;

	private RunningWorkbench() {
	}

	static synchronized IWorkbench get() throws InterruptedException {
		if (workbench == null) {
			BundleContext context = FrameworkUtil.getBundle(RunningWorkbench.class).getBundleContext();
			ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
			tracker.open();
			workbench = tracker.waitForService(Ui.TIMEOUT_MS);
			tracker.close();
			assertNotNull(workbench, "the workbench did not start");
			createRegisterInFirstRunWizard();
			Ui.waitFor("the resident search", () -> Ui.find(mainShell(), Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0));
		}
		return workbench;
	}

	private static void createRegisterInFirstRunWizard() {
		Shell wizard = Ui.shell("Welcome to Madoguchi");
		Ui.sync(() -> {
			Ui.type(wizard, "Office name", OFFICE);
			Button demo = Ui.button(wizard, "Demo register for training: synthetic residents, no login");
			demo.setSelection(false);
			Ui.press(Ui.button(wizard, "Production register: encrypted, every operator logs in"));
			Ui.press(Ui.button(wizard, "Next >"));
			Ui.type(wizard, "Operator ID", SUPERVISOR);
			Ui.type(wizard, "Name", SUPERVISOR_NAME);
			Ui.type(wizard, "Password", PASSWORD);
			Ui.type(wizard, "Password again", PASSWORD);
		});
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
	}

	static Shell mainShell() {
		if (workbench == null || workbench.getApplication().getChildren().isEmpty()) {
			return null;
		}
		return (Shell) ((MTrimmedWindow) workbench.getApplication().getChildren().get(0)).getWidget();
	}

	static MTrimmedWindow mainWindow() {
		return (MTrimmedWindow) workbench.getApplication().getChildren().get(0);
	}

	static Session session() {
		return workbench.getApplication().getContext().get(Session.class);
	}

	/** Hands the counter to {@code operator} unless they are the one at it. */
	static void atTheCounter(String operator, String password) {
		if (!session().register().operator().id().equals(operator)) {
			handTo(operator, password);
		}
	}

	/** Searches {@code text} as at the counter, opens the one resident found, named {@code name}, as Enter does; returns the editor. */
	static Composite openResident(String text, String name) {
		Shell main = mainShell();
		Ui.sync(() -> Ui.find(main, Text.class, search -> (search.getStyle() & SWT.SEARCH) != 0).setText(text));
		Table results = Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Ui.waitFor(name + " found", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).equals(name));
		Ui.sync(() -> {
			results.setFocus();
			results.setSelection(0);
			results.notifyListeners(SWT.DefaultSelection, new Event());
		});
		MPart editor = Ui.waitFor(name + "'s editor", () -> {
			MPart active = activeEditor();
			return active != null && active.getLabel().equals(name) ? active : null;
		});
		Composite composite = Ui.sync(() -> (Composite) editor.getWidget());
		Ui.number(composite);
		return composite;
	}

	/** The resident editor in front, or null when another part is. */
	static MPart activeEditor() {
		MPart active = windowContext().get(EPartService.class).getActivePart();
		return active != null && ModelIds.RESIDENT_EDITOR.equals(active.getElementId()) ? active : null;
	}

	/** Locks the counter (File > Lock) and logs in as {@code operator}. */
	static void handTo(String operator, String password) {
		execute(ModelIds.LOCK);
		logIn(Ui.shell("Counter locked"), operator, password);
	}

	static void logIn(Shell lock, String operator, String password) {
		Ui.sync(() -> {
			Ui.type(lock, "Operator ID", operator);
			Ui.type(lock, "Password", password);
			Ui.press(Ui.button(lock, "Log in"));
		});
		Ui.waitUntilClosed(lock);
		Ui.waitFor("the counter handed to " + operator, () -> session().register().operator().id().equals(operator));
	}

	/** The context commands run in: the main window's, where the active part's selection is. */
	static IEclipseContext windowContext() {
		return mainWindow().getContext();
	}

	static boolean canExecute(String commandId) {
		return canExecute(commandId, null);
	}

	/** Whether the command with {@code parameters} (as its menu item gives them) is enabled. */
	static boolean canExecute(String commandId, Map<String, Object> parameters) {
		IEclipseContext context = windowContext();
		return Ui.sync(() -> context.get(EHandlerService.class)
				.canExecute(context.get(ECommandService.class).createCommand(commandId, parameters)));
	}

	/** Runs a command as its menu item does; asynchronously, as most open a dialog. */
	static void execute(String commandId) {
		execute(commandId, null);
	}

	static void execute(String commandId, Map<String, Object> parameters) {
		IEclipseContext context = windowContext();
		Ui.async(() -> context.get(EHandlerService.class).executeHandler(context.get(ECommandService.class).createCommand(commandId, parameters)));
	}
}
