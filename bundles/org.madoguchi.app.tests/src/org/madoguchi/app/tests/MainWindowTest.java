package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.app.internal.about.BundledLibrary;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Drives the running workbench that the UI harness started from our product. */
class MainWindowTest {

	private IWorkbench workbench;

	@BeforeEach
	void findRunningWorkbench() throws InterruptedException {
		BundleContext context = FrameworkUtil.getBundle(MainWindowTest.class).getBundleContext();
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
		tracker.open();
		workbench = tracker.waitForService(30_000);
		tracker.close();
		assertNotNull(workbench, "the workbench did not start within 30 s");
	}

	@Test
	void mainWindowIsTitledMadoguchi() {
		assertEquals("Madoguchi", onUiThread(() -> mainShell().getText()));
	}

	@Test
	void applicationModelHasTheMenusOfDesign() {
		MTrimmedWindow window = (MTrimmedWindow) workbench.getApplication().getChildren().get(0);
		List<String> labels = new ArrayList<>();
		for (MMenuElement menu : window.getMainMenu().getChildren()) {
			labels.add(menu.getLocalizedLabel().replace("&", ""));
		}
		assertEquals(List.of("File", "Edit", "Residents", "Cards", "Reports", "Window", "Help"), labels);
	}

	@Test
	void menuBarShowsTheMenusThatHoldCommands() {
		List<String> shown = onUiThread(() -> {
			List<String> texts = new ArrayList<>();
			for (MenuItem item : mainShell().getMenuBar().getItems()) {
				texts.add(item.getText().replace("&", ""));
			}
			return texts;
		});
		assertEquals(List.of("File", "Edit", "Residents", "Cards", "Help"), shown);
		assertEquals("File", shown.get(0));
	}

	@Test
	void aboutListsBundledLibrariesWithInstalledVersions() {
		List<BundledLibrary> libraries = BundledLibrary.installed();
		BundledLibrary platform = libraries.stream()
				.filter(library -> library.name().startsWith("Eclipse Platform"))
				.findFirst().orElseThrow();
		assertTrue(platform.version().startsWith("1.16."), platform.version());
		assertEquals("EPL-2.0", platform.licence());
	}

	private Shell mainShell() {
		MTrimmedWindow window = (MTrimmedWindow) workbench.getApplication().getChildren().get(0);
		return (Shell) window.getWidget();
	}

	private static <T> T onUiThread(Supplier<T> query) {
		AtomicReference<T> result = new AtomicReference<>();
		Display.getDefault().syncExec(() -> result.set(query.get()));
		return result.get();
	}
}
