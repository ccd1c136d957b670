package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * A counter that changes hands, through the real workbench: whatever a clerk had on the screen is
 * gone before an auditor sees it, the clerk finds their work again with the number masked, the
 * lock cannot be escaped, and the settings that protect the counter are not a clerk's. Each test
 * starts by handing the counter to whom it needs, so that one failing leaves the others standing.
 */
class CounterHandOverTest {

	private static final String CLERK = "ueda";
	private static final String CLERK_PASSWORD = "counter-ueda-2026";
	private static final String AUDITOR = "mori";
	private static final String AUDITOR_PASSWORD = "audit-mori-2026";
	private static final String NUMBER = "56781234567" + IndividualNumber.checkDigit("56781234567");
	private static final String SHOWN = IndividualNumber.format(NUMBER);
	private static final String MASKED = IndividualNumber.mask(NUMBER);
	private static final String NAME = "小林";

	private static long kobayashi;

	@BeforeAll
	static void clerkAuditorAndAResident() throws InterruptedException {
		RunningWorkbench.get();
		// the supervisor sets them up from another desk, whoever is at the counter
		try (Register supervisor = Register.open(RunningWorkbench.session().location(),
				new Login(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD::toCharArray))) {
			supervisor.operators().add(CLERK, "上田 直子", Role.CLERK, CLERK_PASSWORD.toCharArray());
			supervisor.operators().add(AUDITOR, "森 健", Role.AUDITOR, AUDITOR_PASSWORD.toCharArray());
			kobayashi = supervisor.residents().register(resident());
		}
	}

	@AfterAll
	static void backToTheSupervisor() {
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@Test
	void anAuditorTakingOverSeesNothingOfTheClerksResident() throws Exception {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		Composite editor = clerkShowsTheNumberAndTypesAMove();
		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		assertEquals("Madoguchi — テスト市役所 — 森 健 (auditor)", Ui.sync(() -> RunningWorkbench.mainShell().getText()));
		assertTrue(Ui.sync(editor::isDisposed), "the clerk's editor is closed");
		assertEquals(List.of(), Ui.sync(CounterHandOverTest::openEditors), "no resident editor is open");
		Table results = Ui.sync(() -> Ui.find(RunningWorkbench.mainShell(), Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		assertEquals(0, Ui.sync(results::getItemCount), "the clerk's search results are gone");
		List<String> onScreen = Ui.sync(CounterHandOverTest::everyTextOnScreen);
		assertFalse(onScreen.stream().anyMatch(text -> text.contains(SHOWN) || text.contains(NUMBER)), "no number: " + onScreen);
		assertFalse(onScreen.stream().anyMatch(text -> text.contains(NAME)), "no resident's name: " + onScreen);
		assertEquals(ModelIds.AUDIT_TRAIL,
				Ui.sync(() -> RunningWorkbench.windowContext().get(EPartService.class).getActivePart().getElementId()));
		Path screenshot = Ui.screenshot(Ui.sync(() -> Ui.display().getBounds()), "counter-handed-to-auditor.png");
		assertTrue(Files.size(screenshot) > 10_000, "the screenshot holds the window: " + screenshot);
	}

	@Test
	void anAuditorHandingBackToAClerkLeavesNoAuditTrailOpen() {
		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		EPartService parts = Ui.sync(() -> RunningWorkbench.windowContext().get(EPartService.class));
		MPart audit = Ui.sync(parts::getActivePart);
		assertEquals(ModelIds.AUDIT_TRAIL, Ui.sync(audit::getElementId), "the auditor finds the trail in front");
		Composite trail = Ui.sync(() -> (Composite) audit.getWidget());
		Ui.waitFor("the trail's entries", () -> Ui.find(trail, Table.class, table -> table.getItemCount() > 0));
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		MPart after = Ui.sync(() -> parts.findPart(ModelIds.AUDIT_TRAIL));
		assertFalse(after != null && Ui.sync(() -> parts.isPartVisible(after)), "the trail is not the clerk's to read");
		assertTrue(Ui.sync(trail::isDisposed), "nor is what the auditor's trail drew");
		List<String> onScreen = Ui.sync(CounterHandOverTest::everyTextOnScreen);
		assertFalse(onScreen.stream().anyMatch(text -> text.startsWith("The audit trail holds")), "no verdict of the trail left: " + onScreen);
	}

	@Test
	void theClerkComingBackFindsTheirMoveAndTheNumberMasked() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		clerkShowsTheNumberAndTypesAMove();
		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		MPart part = Ui.waitFor("the clerk's editor opened again", () -> openEditors().stream()
				.filter(open -> String.valueOf(kobayashi).equals(open.getPersistedState().get("residentId")) && open.getWidget() != null)
				.findFirst().orElse(null));
		Composite editor = Ui.sync(() -> (Composite) part.getWidget());
		Label number = Ui.number(editor);
		assertEquals(MASKED, Ui.sync(number::getText), "the number is masked again");
		assertEquals("外神田", Ui.sync(() -> featureField(editor, "town").getText()), "the move typed is kept for the clerk");
		assertTrue(Ui.sync(part::isDirty), "and still to be saved");
		Ui.sync(() -> Ui.press(Ui.button(editor, "Show")));
		Ui.waitForText(number, SHOWN);
		assertFalse(Ui.sync(() -> Ui.button(editor, "Show").isEnabled()));
		Ui.sync(() -> Ui.press(Ui.button(editor, "Hide")));
		assertEquals(MASKED, Ui.sync(number::getText), "Hide masks the number again");
		assertTrue(Ui.sync(() -> Ui.button(editor, "Show").isEnabled()));
	}

	@Test
	void aWizardTheClerkLeftOpenClosesBeforeAnAuditorLogsInAndWaitsForTheClerk() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		RunningWorkbench.execute(ModelIds.MOVE_IN);
		Shell wizard = Ui.shell("New Resident (Move-in)");
		Ui.sync(() -> Ui.type(wizard, "Family name", "川端"));
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		assertEquals("川端", Ui.sync(() -> Ui.field(wizard, "Family name").getText()), "the clerk coming back finds the wizard as they left it");
		assertTrue(Ui.sync(wizard::isVisible));

		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		assertTrue(Ui.sync(wizard::isDisposed), "the clerk's wizard is closed");
		List<String> onScreen = Ui.sync(CounterHandOverTest::everyTextOnScreen);
		assertFalse(onScreen.stream().anyMatch(text -> text.contains("川端")), "nothing the clerk typed: " + onScreen);
	}

	@Test
	void aWizardLeftOpenAcrossTheLockWritesWithTheRegisterOfWhoeverLoggedBackIn() throws Exception {
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		Path out = Files.createTempDirectory("report").resolve("expiry.xlsx");
		RunningWorkbench.execute(ModelIds.REPORT);
		Shell wizard = Ui.shell("Expiry and Renewal Lists");
		Ui.sync(() -> Ui.type(wizard, "Write to", out.toString()));
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.waitFor("the report's result", () -> {
			Label summary = Ui.find(wizard, Label.class, label -> label.getData("result") != null && !label.getText().isEmpty());
			return summary == null ? null : summary.getText();
		});
		assertTrue(result.startsWith("Rows written: "), "the register the lock closed is not the one written with: " + result);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		assertTrue(Files.size(out) > 1_000, "the workbook is written: " + out);
	}

	@Test
	void escapeAndCloseInTheLockDialogKeepTheWorkbenchRunningAndLocked() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		RunningWorkbench.execute(ModelIds.LOCK);
		Shell lock = Ui.shell("Counter locked");
		Ui.sync(() -> Ui.field(lock, "Operator ID").traverse(SWT.TRAVERSE_ESCAPE));
		Ui.sync(lock::close);
		Ui.sync(() -> RunningWorkbench.mainShell().close());
		assertTrue(Ui.sync(() -> !lock.isDisposed() && lock.isVisible()), "the counter stays locked");
		assertFalse(Ui.sync(() -> RunningWorkbench.mainShell().isDisposed()), "the workbench runs on");
		assertTrue(Ui.sync(() -> Ui.all(lock, Button.class, button -> Ui.plain(button.getText()).equals("Exit")).isEmpty()),
				"the lock has no Exit");
		RunningWorkbench.logIn(lock, CLERK, CLERK_PASSWORD);
		assertEquals(Role.CLERK, RunningWorkbench.session().register().operator().role());
	}

	@Test
	void aClerkCannotChangeTheIdleLockNorTheRegister() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		RunningWorkbench.execute(ModelIds.PREFERENCES);
		Shell preferences = Ui.shell("Preferences");
		Spinner idleLock = Ui.sync(() -> controlAfter(preferences, "Lock after idle minutes (0: never)", Spinner.class));
		assertFalse(Ui.sync(idleLock::isEnabled), "the idle lock is read-only for a clerk");
		assertFalse(Ui.sync(() -> Ui.field(preferences, "Register (empty: default)").getEditable()), "so is the register");
		Ui.sync(() -> Ui.press(Ui.button(preferences, "Cancel")));
		Ui.waitUntilClosed(preferences);
		ServiceException refused = assertThrows(ServiceException.class,
				() -> RunningWorkbench.session().register().settings().setIdleLockMinutes(0));
		assertEquals("The operator ueda (clerk) may not change the idle lock.", refused.getMessage());
	}

	@Test
	void aSupervisorSetsTheIdleLockForTheOffice() {
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		RunningWorkbench.execute(ModelIds.PREFERENCES);
		Shell preferences = Ui.shell("Preferences");
		Ui.sync(() -> controlAfter(preferences, "Lock after idle minutes (0: never)", Spinner.class).setSelection(7));
		Ui.sync(() -> Ui.press(Ui.button(preferences, "OK")));
		Ui.waitUntilClosed(preferences);
		assertTrue(RunningWorkbench.session().register().queries().audit(null, null, 1000).stream()
				.anyMatch(entry -> entry.operation().equals("set-idle-lock") && entry.operatorId().equals(RunningWorkbench.SUPERVISOR)));
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		assertEquals(7, RunningWorkbench.session().register().settings().idleLockMinutes(), "the office's setting holds for the clerk");
	}

	@Test
	void theHandOverIsAudited() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		assertTrue(RunningWorkbench.session().register().queries().audit(AUDITOR, null, null, null, 1000).stream()
				.anyMatch(entry -> entry.operation().equals("hand-over") && entry.detail().equals("from ueda to mori")));
	}

	@Test
	void onlyASupervisorInstallsAnUpdateOrGoesBack() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		assertFalse(RunningWorkbench.canExecute(ModelIds.INSTALL_UPDATE), "Help > Install Update is disabled for a clerk");
		assertFalse(RunningWorkbench.canExecute(ModelIds.REVERT_UPDATE), "Help > Return to Earlier Version is disabled for a clerk");
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		assertTrue(RunningWorkbench.canExecute(ModelIds.INSTALL_UPDATE));
		assertTrue(RunningWorkbench.canExecute(ModelIds.REVERT_UPDATE));
	}

	@Test
	void anAuditorWritesTheAccessLogAndAClerkCannot() throws Exception {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		assertFalse(RunningWorkbench.canExecute(ModelIds.ACCESS_LOG), "Reports > Access Log is disabled for a clerk");
		RunningWorkbench.handTo(AUDITOR, AUDITOR_PASSWORD);
		assertTrue(RunningWorkbench.canExecute(ModelIds.ACCESS_LOG));
		Path out = Files.createTempDirectory("access-log").resolve("access-log.xlsx");
		RunningWorkbench.execute(ModelIds.ACCESS_LOG);
		Shell wizard = Ui.shell("Access Log");
		assertEquals(RunningWorkbench.session().register().today().toString(), Ui.sync(() -> Ui.field(wizard, "Until").getText()),
				"the week up to the register's today");
		Ui.sync(() -> Ui.type(wizard, "Write to", out.toString()));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.waitFor("the access log's result", () -> {
			Label summary = Ui.find(wizard, Label.class, label -> label.getData("result") != null && !label.getText().isEmpty());
			return summary == null ? null : summary.getText();
		});
		assertTrue(result.matches("Entries written: [\\d,]+, of which [\\d,]+ to review\\. File: " + out.toString().replace(".", "\\.")), result);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		assertTrue(Files.size(out) > 5_000, "the workbook is written: " + out);
		assertTrue(RunningWorkbench.session().register().queries().audit(AUDITOR, null, null, null, 1000).stream()
				.anyMatch(entry -> entry.operation().equals("report") && entry.detail().startsWith("操作ログ: ")), "and audited");
	}

	@Test
	void closingTheWindowWithAnUnsavedMoveAsksFirst() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		clerkShowsTheNumberAndTypesAMove();
		Ui.async(() -> RunningWorkbench.mainShell().close());
		Shell question = Ui.shell("Unsaved changes");
		assertTrue(Ui.sync(() -> Ui.find(question, Label.class, label -> label.getText().contains("小林")) != null), "it names the resident");
		Ui.sync(() -> Ui.press(Ui.button(question, "Cancel")));
		Ui.waitUntilClosed(question);
		assertFalse(Ui.sync(() -> RunningWorkbench.mainShell().isDisposed()), "Cancel keeps the workbench running");
		assertTrue(Ui.sync(() -> openEditors().stream().anyMatch(MPart::isDirty)), "with the move still to be saved");
	}

	/** The clerk opens 小林, presses Show and types a move, not saved. */
	private static Composite clerkShowsTheNumberAndTypesAMove() {
		Ui.sync(() -> Ui.find(RunningWorkbench.mainShell(), Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0).setText("コバヤシ"));
		Table results = Ui.sync(() -> Ui.find(RunningWorkbench.mainShell(), Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Ui.waitFor("小林 found", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).startsWith(NAME));
		Ui.sync(() -> {
			results.setFocus();
			results.setSelection(0);
			results.notifyListeners(SWT.DefaultSelection, new Event());
		});
		MPart part = Ui.waitFor("小林's editor", () -> {
			MPart active = RunningWorkbench.windowContext().get(EPartService.class).getActivePart();
			return active != null && ModelIds.RESIDENT_EDITOR.equals(active.getElementId()) ? active : null;
		});
		Composite editor = Ui.sync(() -> (Composite) part.getWidget());
		Label number = Ui.number(editor);
		Ui.sync(() -> Ui.press(Ui.button(editor, "Show")));
		Ui.waitForText(number, SHOWN);
		Ui.sync(() -> featureField(editor, "town").setText("外神田"));
		assertTrue(Ui.sync(part::isDirty));
		return editor;
	}

	private static List<MPart> openEditors() {
		return RunningWorkbench.windowContext().get(EPartService.class).getParts().stream()
				.filter(part -> ModelIds.RESIDENT_EDITOR.equals(part.getElementId())).toList();
	}

	/** What every label, field, list and tree of every window shows. */
	private static List<String> everyTextOnScreen() {
		List<String> texts = new ArrayList<>();
		for (Shell shell : Ui.display().getShells()) {
			for (Control control : Ui.all(shell, Control.class, candidate -> true)) {
				if (control instanceof Label label) {
					texts.add(label.getText());
				} else if (control instanceof Text text) {
					texts.add(text.getText());
				} else if (control instanceof Table table) {
					for (TableItem item : table.getItems()) {
						for (int column = 0; column < Math.max(1, table.getColumnCount()); column++) {
							texts.add(item.getText(column));
						}
					}
				} else if (control instanceof Tree tree) {
					for (TreeItem item : tree.getItems()) {
						texts.add(item.getText());
					}
				}
			}
		}
		return texts;
	}

	private static <T extends Control> T controlAfter(Composite root, String caption, Class<T> type) {
		Label label = Ui.find(root, Label.class, candidate -> candidate.getText().equals(caption));
		Control[] siblings = label.getParent().getChildren();
		for (int index = 0; index < siblings.length - 1; index++) {
			if (siblings[index] == label) {
				return type.cast(siblings[index + 1]);
			}
		}
		throw new AssertionError("nothing after " + caption);
	}

	private static Text featureField(Composite editor, String feature) {
		return Ui.find(editor, Text.class, text -> feature.equals(text.getData("feature")));
	}

	private static Resident resident() {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode("1000005");
		address.setPrefecture("東京都");
		address.setMunicipalityCode("131016");
		address.setMunicipalityName("千代田区");
		address.setTown("丸の内");
		address.setChome("1丁目");
		address.setNumber("7番7号");
		address.setNumberStyle(AddressNumberStyle.RESIDENCE_INDICATION);
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(LocalDate.of(2015, 4, 1));
		entry.setNotifiedOn(LocalDate.of(2015, 4, 3));
		entry.setNotification(NotificationKind.MOVE_IN);
		Resident resident = ModelFactory.eINSTANCE.createResident();
		resident.setFamilyName(NAME);
		resident.setGivenName("美咲");
		resident.setFamilyNameKana("コバヤシ");
		resident.setGivenNameKana("ミサキ");
		resident.setBirthDate(LocalDate.of(1992, 7, 7));
		resident.setSex(Sex.FEMALE);
		resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		resident.setIndividualNumber(NUMBER);
		resident.getAddresses().add(entry);
		return resident;
	}
}
