package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.app.internal.about.BundledLibrary;
import org.madoguchi.ui.internal.workbench.ModelIds;

/** The main window of the running workbench that the UI harness started from our product. */
class MainWindowTest {

	@BeforeAll
	static void start() throws InterruptedException {
		RunningWorkbench.get();
	}

	@Test
	void applicationModelHasTheMenusOfDesign() {
		List<String> labels = new ArrayList<>();
		for (MMenuElement menu : RunningWorkbench.mainWindow().getMainMenu().getChildren()) {
			labels.add(menu.getLocalizedLabel().replace("&", ""));
		}
		assertEquals(List.of("File", "Edit", "Residents", "Cards", "Reports", "Window", "Help"), labels);
	}

	/** The host keeps the window, its menus' frame, add-ons and lifecycle; the parts come from the bundle that has them. */
	@Test
	void theHostsModelNamesNoClassOfTheWorkbenchBundleAndItsPartsStillOpen() throws IOException {
		String host;
		try (InputStream in = MainWindowTest.class.getClassLoader().getResourceAsStream("Application.e4xmi")) {
			host = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertFalse(host.contains("bundleclass://org.madoguchi.ui/"), "the ui bundle's parts and handlers are in its fragment.e4xmi");
		// the first of each stack: the workbench is shared, other tests' editors may follow the dashboard
		List<String> stacks = Ui.sync(() -> RunningWorkbench.mainWindow().getChildren().stream()
				.flatMap(sash -> ((MPartSashContainer) sash).getChildren().stream())
				.map(stack -> ((MPartStack) stack).getChildren().stream().findFirst().map(part -> part.getElementId()).orElse("nothing")).toList());
		assertEquals(List.of(ModelIds.SEARCH_PART, ModelIds.DASHBOARD_PART), stacks, "the search on the left, the dashboard first on the right");
	}

	@Test
	void menuBarShowsEveryMenu() {
		List<String> shown = Ui.sync(() -> {
			List<String> texts = new ArrayList<>();
			for (MenuItem item : RunningWorkbench.mainShell().getMenuBar().getItems()) {
				texts.add(Ui.plain(item.getText()));
			}
			return texts;
		});
		assertEquals(List.of("File", "Edit", "Residents", "Cards", "Reports", "Window", "Help"), shown);
	}

	@Test
	void fileMenuHasTheWorkbenchPartsItemsBeforeTheApplicationsExit() {
		assertEquals(List.of("Save", "Import Residents...", "Export Residents...", "Export Change File...",
				"Import Change File...", "Back Up...", "Restore...", "Lock", "Change Password...", "Exit"), itemsOf(0));
	}

	@Test
	void helpMenuInstallsAnUpdateAndGoesBackBeforeTheApplicationsAbout() {
		assertEquals(List.of("Install Update from File...", "Return to Earlier Version...", "About Madoguchi"), itemsOf(6));
	}

	@Test
	void cardMenuHoldsTheLifecycleCommands() {
		List<String> items = itemsOf(3);
		assertTrue(items.containsAll(List.of("Take Application...", "Renew...", "Record Production...", "Ready for Pickup...",
				"Issue Card...", "Suspend (Lost)...", "Reinstate (Found)...", "Return Card...", "Revoke Card...", "Renew Certificates...",
				"Change Validity...", "Print Cards...", "Print Pickup Notices...")), items.toString());
	}

	/** The labels of the items of the main menu's menu at {@code index}, separators left out. */
	private static List<String> itemsOf(int index) {
		MMenu menu = (MMenu) RunningWorkbench.mainWindow().getMainMenu().getChildren().get(index);
		List<String> items = new ArrayList<>();
		for (MMenuElement item : menu.getChildren()) {
			if (item.getLocalizedLabel() != null) {
				items.add(Ui.plain(item.getLocalizedLabel()));
			}
		}
		return items;
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
}
