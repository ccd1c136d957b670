package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * Window > Conflicts at central, through the real workbench: the branch office KANDA (a replica
 * of the workbench's register) and central both move the same resident; central keeps the
 * office's entry as a conflict, and a supervisor reads both versions side by side and decides it.
 * Nobody else sees it: a clerk cannot open the view, and it is gone when the counter is handed
 * over. Each test has its own resident, and its own conflict.
 */
class ConflictsWorkbenchTest {

	private static final String CLERK = "hara";
	private static final String CLERK_PASSWORD = "counter-hara-2026";
	private static final Map<String, Object> CONFLICTS = Map.of(ModelIds.SHOW_VIEW_PARAMETER, ModelIds.CONFLICTS);

	private static Path city;
	private static long decidedHere;
	private static long handedOver;

	@BeforeAll
	static void kandaMadeFromTheWorkbenchsRegister() throws Exception {
		RunningWorkbench.get();
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		city = Files.createTempDirectory("city");
		try (Register central = supervisorAt(RunningWorkbench.session().location())) {
			central.operators().add(CLERK, "原 健二", Role.CLERK, CLERK_PASSWORD.toCharArray());
			decidedHere = Fixtures.resident("岡田", "光", "オカダ", "ヒカル", "73829104651");
			handedOver = Fixtures.resident("石井", "翼", "イシイ", "ツバサ", "73829104662");
			Path backup = city.resolve("central.zip");
			central.backups().backup(backup);
			Path key = city.resolve("KANDA.pub");
			Register.createReplica(backup, kanda(), login(), "KANDA", null, key);
			central.offices().add("KANDA", "神田出張所", key);
		}
	}

	@AfterAll
	static void backToTheSupervisor() {
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@Test
	void aSupervisorReadsBothVersionsAndKeepsTheOffices() throws Exception {
		long conflict = conflictOver(decidedHere, "decided");
		Composite view = openConflicts();
		Table table = Ui.waitFor("the conflict listed", () -> Ui.find(view, Table.class,
				candidate -> candidate.getItemCount() > 0 && candidate.getItem(0).getText(0).equals(String.valueOf(conflict))));
		assertEquals(List.of("KANDA", "Move within", String.valueOf(decidedHere), "Pending"),
				Ui.sync(() -> List.of(table.getItem(0).getText(1), table.getItem(0).getText(3), table.getItem(0).getText(4), table.getItem(0).getText(6))));
		List<Text> sides = Ui.sync(() -> Ui.all(view, Text.class, text -> (text.getStyle() & SWT.MULTI) != 0));
		assertTrue(Ui.sync(() -> sides.get(0).getText()).contains("鍛冶町"), "the office's move on the left");
		assertTrue(Ui.sync(() -> sides.get(1).getText()).contains("丸の内"), "central's move on the right");
		assertTrue(Ui.sync(() -> Ui.find(view, Label.class, label -> label.getText().startsWith("Kept because: The record changed here"))) != null,
				"why central kept it");
		Path screenshot = Ui.screenshot(Ui.sync(() -> RunningWorkbench.mainShell().getBounds()), "conflicts-side-by-side.png");
		assertTrue(Files.size(screenshot) > 10_000, "the screenshot holds the window: " + screenshot);

		Ui.sync(() -> Ui.type(view, "Reason for the decision", "神田の届出が先"));
		Ui.sync(() -> Ui.press(Ui.button(view, "Keep the office’s entry")));
		Ui.waitFor("the decision", () -> Ui.find(view, Label.class,
				label -> label.getText().startsWith("Conflict " + conflict + " decided: Office’s entry applied")));
		assertTrue(RunningWorkbench.session().register().records().show(decidedHere).resident().getAddresses().stream()
				.anyMatch(entry -> entry.getAddress().getTown().equals("鍛冶町")), "the office's move is applied at central");
		assertTrue(RunningWorkbench.session().register().queries().audit(RunningWorkbench.SUPERVISOR, null, null, null, 1000).stream()
				.anyMatch(entry -> entry.operation().equals("sync-resolve") && entry.detail().contains("神田の届出が先")), "the decision is audited");
	}

	@Test
	void aClerkTakingOverFindsTheConflictsGoneAndCannotOpenThem() throws Exception {
		conflictOver(handedOver, "handed over");
		Composite view = openConflicts();
		Ui.waitFor("the conflict listed", () -> Ui.find(view, Table.class, table -> table.getItemCount() > 0));
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		assertTrue(Ui.sync(() -> view.isDisposed() || !view.isVisible()), "the conflicts are closed for the clerk");
		assertFalse(RunningWorkbench.canExecute(ModelIds.SHOW_VIEW, CONFLICTS), "Window > Conflicts is disabled for a clerk");
		assertFalse(Ui.sync(() -> Ui.all(RunningWorkbench.mainShell(), Text.class, text -> text.isVisible() && text.getText().contains("鍛冶町"))
				.stream().findAny().isPresent()), "no version of the entry on the clerk's screen");
	}

	/**
	 * KANDA moves the resident to 鍛冶町 while central moves them to 丸の内; central takes KANDA's
	 * change file and keeps the move as a conflict; returns the conflict's id.
	 */
	private static long conflictOver(long resident, String file) {
		try (Register office = Register.open(kanda(), login())) {
			office.changes().moveWithin(ChangeTarget.of(resident), move("鍛冶町"));
			office.sync().export(city.resolve(file + ".mdsync"));
		}
		try (Register central = supervisorAt(RunningWorkbench.session().location())) {
			central.changes().moveWithin(ChangeTarget.of(resident), move("丸の内"));
			assertEquals(1, central.syncImport().importFile(city.resolve(file + ".mdsync"), Progress.NONE).conflicts());
			return central.conflicts().list(false, Locale.ENGLISH).stream().filter(conflict -> Long.valueOf(resident).equals(conflict.residentId()))
					.findFirst().orElseThrow().id();
		}
	}

	private static Composite openConflicts() {
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		assertTrue(RunningWorkbench.canExecute(ModelIds.SHOW_VIEW, CONFLICTS));
		RunningWorkbench.execute(ModelIds.SHOW_VIEW, CONFLICTS);
		MPart part = Ui.waitFor("the conflicts in front", () -> {
			MPart active = RunningWorkbench.windowContext().get(EPartService.class).getActivePart();
			return active != null && ModelIds.CONFLICTS.equals(active.getElementId()) && active.getWidget() != null ? active : null;
		});
		Composite view = Ui.sync(() -> (Composite) part.getWidget());
		Ui.sync(() -> Ui.press(Ui.button(view, "Refresh")));
		return view;
	}

	private static AddressEntry move(String town) {
		return ChiyodaAddresses.entry(ChiyodaAddresses.address("1010044", town, "1丁目", "3番3号"), LocalDate.of(2026, 11, 16), 1,
				NotificationKind.MOVE_WITHIN);
	}

	private static DatabaseLocation kanda() {
		return DatabaseLocation.of(city.resolve("KANDA").toString());
	}

	private static Register supervisorAt(DatabaseLocation location) {
		return Register.open(location, login());
	}

	private static Login login() {
		return new Login(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD::toCharArray);
	}
}
