package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ChangeView;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * The counter's resident changes in the workbench (its today is 2026-11-20): a move-in registered
 * through its wizard with the card the person brings, then a move-out abroad and a death typed into
 * the editor's change forms, previewed before Save and recorded; the removed records then open
 * read-only under their banner, and the search finds them only when asked. Each test records the
 * residents it works on through the service, as another desk would, so that each stands alone.
 */
class ResidentChangesWorkbenchTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	private static final String NO_CARD = "Finish registers the person without a card: tick the box for the card they bring.";

	@BeforeAll
	static void start() throws InterruptedException {
		RunningWorkbench.get();
	}

	/** The supervisor works at the counter, whoever a test before left it to. */
	@BeforeEach
	void supervisorAtTheCounter() {
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@Test
	void aMoveInIsRegisteredThroughTheWizardWithTheCardTheResidentBrings() {
		RunningWorkbench.execute(ModelIds.MOVE_IN);
		Shell wizard = Ui.shell("New Resident (Move-in)");
		assertEquals("Japan (JPN)", Ui.sync(() -> Ui.find(wizard, Combo.class, combo -> "nationality".equals(combo.getData("feature"))).getText()),
				"the nationality is named, not only coded");
		Ui.sync(() -> {
			Ui.type(wizard, "Family name", "川口");
			Ui.type(wizard, "Given name", "健");
			Ui.type(wizard, "Family name (kana)", "kawaguchi");
		});
		assertFalse(Ui.sync(() -> Ui.button(wizard, "Next >").isEnabled()), "a reading in Roman letters stops the wizard");
		String why = Ui.sync(() -> ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage());
		assertTrue(why != null && why.contains("must be kana"), "and says why: " + why);
		Ui.sync(() -> Ui.type(wizard, "Birth date", "S55.5.5"));
		typePerson(wizard, "川口", "健", "カワグチ", "ケン", "3456 7890 1234");
		typeAddressesUpToTheCard(wizard, "3番3号");
		assertEquals(NO_CARD, cardVerdict(wizard), "until the box is ticked the person comes without a card");
		assertFalse(Ui.sync(() -> Ui.field(wizard, "Card number").isEnabled()), "and the card's fields take no typing");
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "The person brings a My Number Card"));
			Ui.type(wizard, "Card number", "AB0000001017");
			Ui.type(wizard, "Issued on", "2024-12-01");
			Ui.type(wizard, "Application received by J-LIS on", "2024-11-01");
		});
		Ui.waitFor("the card complete", () -> Ui.button(wizard, "Finish").isEnabled());
		assertEquals("Finish registers the person with the card AB0000001017 (issued).", cardVerdict(wizard));
		screenshot("workbench-move-in.png", wizard);
		String said = finish(wizard, "川口\u3000健");
		assertTrue(said.startsWith("Recorded: Move-in"), said);
		assertTrue(said.contains("continues; continued use is due by 2027-02-10"), said);
		long id = Long.parseLong(RunningWorkbench.activeEditor().getPersistedState().get("residentId"));
		ResidentRecord record = RunningWorkbench.session().register().records().show(id);
		assertEquals(2, record.resident().getAddresses().size(), "the previous address and the new one");
		assertEquals("梅田", record.resident().getAddresses().get(0).getAddress().getTown());
		assertEquals(CardStatus.ISSUED, record.cards().get(0).card().status());
		assertEquals(LocalDate.of(2027, 2, 10), record.cards().get(0).continuedUseDue());
		assertEquals("世帯主", record.household().get(0).relationship(), "a new household with the person as its head");
	}

	@Test
	void aMoveOutAbroadIsPreviewedSavedAndTheRecordThenOpensReadOnly() {
		long leaving = movedInWithTheirCard(Fixtures.person("野口", "剛", "ノグチ", "ツヨシ", Fixtures.number("61728394239")), "KL0000000606");
		Composite editor = RunningWorkbench.openResident("ノグチ", "野口\u3000剛");
		choose(editor, "Move-out");
		Ui.sync(() -> {
			visibleField(editor, "Moves out on").setText("2026-11-20");
			Ui.press(visibleCheck(editor, "Moves abroad"));
		});
		String preview = consequences(editor, "will lapse on 2026-11-20");
		assertTrue(preview.startsWith("When saved:"), preview);
		Ui.waitFor("the Save button wholly inside its section below the preview", () -> {
			Button save = Ui.button(editor, "Save");
			Rectangle button = save.getBounds();
			Rectangle section = save.getParent().getClientArea();
			return button.height > 0 && button.y + button.height <= section.y + section.height ? save : null;
		});
		assertFalse(RunningWorkbench.session().register().records().show(leaving).removed(), "the preview recorded nothing");
		Ui.sync(() -> Ui.press(Ui.button(editor, "Save")));
		String banner = banner();
		assertTrue(banner.startsWith("Moved out on 2026-11-20"), banner);
		ResidentRecord record = RunningWorkbench.session().register().records().show(leaving);
		assertEquals(TODAY, record.removedOn());
		assertEquals("move-out", record.removalReason());
		assertEquals(CardStatus.REVOKED, record.cards().get(0).card().status(), "the card lapsed with the move abroad");
		assertReadOnly();
	}

	@Test
	void aDeathIsPreviewedSavedAndShownAsARemovedRecord() {
		long dying = movedInWithTheirCard(Fixtures.person("森", "花", "モリ", "ハナ", "334455667785"), "AB0000002015");
		Composite editor = RunningWorkbench.openResident("モリ", "森\u3000花");
		choose(editor, "Death");
		Ui.sync(() -> visibleField(editor, "Died on").setText("R8.11.19"));
		consequences(editor, "will lapse on 2026-11-19");
		Ui.sync(() -> Ui.press(Ui.button(editor, "Save")));
		String banner = banner();
		assertTrue(banner.startsWith("Died on 2026-11-19"), banner);
		screenshot("workbench-removed.png", RunningWorkbench.mainShell());
		ResidentRecord record = RunningWorkbench.session().register().records().show(dying);
		assertEquals(LocalDate.of(2026, 11, 19), record.removedOn());
		assertEquals("death", record.removalReason());
		assertEquals("death", record.changes().get(record.changes().size() - 1).kind());
		assertReadOnly();
		Table history = Ui.sync(() -> Ui.find(editorComposite(), Table.class, table -> table.getColumnCount() == 5));
		assertEquals("Death", Ui.sync(() -> history.getItem(0).getText(0)), "the history lists the death first");
		assertEquals("in force", Ui.sync(() -> history.getItem(0).getText(4)));
	}

	@Test
	void theSearchFindsRemovedRecordsOnlyWhenAsked() {
		Register register = RunningWorkbench.session().register();
		long died = register.changes().moveIn(Fixtures.moveIn(Fixtures.person("菅原", "健太", "スガワラ", "ケンタ", Fixtures.number("61728394240")), null))
				.residentId();
		register.changes().death(ChangeTarget.of(died), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 19));
		Shell main = RunningWorkbench.mainShell();
		Text search = Ui.sync(() -> Ui.find(main, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0));
		Table results = Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Button removedToo = Ui.sync(() -> Ui.button(main, "Removed records too (moved out, died)"));
		try {
			Ui.sync(() -> {
				tick(removedToo, false);
				search.setText("スガワラ");
			});
			Ui.waitFor("no current resident", () -> Ui.find(main, Label.class, label -> label.getText().equals("0 residents")) != null
					&& results.getItemCount() == 0);
			Ui.sync(() -> tick(removedToo, true));
			Ui.waitFor("the removed record", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).equals("菅原\u3000健太"));
		} finally {
			// the other tests search the current residents
			Ui.sync(() -> tick(removedToo, false));
		}
	}

	@Test
	void aCardTypedAndThenUntickedIsNotRegisteredAndTheWizardSaysSo() {
		RunningWorkbench.execute(ModelIds.MOVE_IN);
		Shell wizard = Ui.shell("New Resident (Move-in)");
		Ui.sync(() -> Ui.type(wizard, "Birth date", "1990-02-03"));
		typePerson(wizard, "石田", "直樹", "イシダ", "ナオキ", Fixtures.number("61728394051"));
		typeAddressesUpToTheCard(wizard, "4番4号");
		Button brings = Ui.sync(() -> Ui.button(wizard, "The person brings a My Number Card"));
		Ui.sync(() -> {
			Ui.press(brings);
			Ui.type(wizard, "Card number", "AB0000003015");
			Ui.type(wizard, "Issued on", "2024-12-01");
		});
		assertEquals("Finish registers the person with the card AB0000003015 (issued).", cardVerdict(wizard));
		Ui.sync(() -> {
			brings.setSelection(false);
			brings.notifyListeners(SWT.Selection, new Event());
		});
		assertEquals(NO_CARD, cardVerdict(wizard), "unticked, the card typed does not come along, and the wizard says so");
		assertFalse(Ui.sync(() -> Ui.field(wizard, "Card number").isEnabled()), "the fields left filled take no typing");
		assertTrue(finish(wizard, "石田\u3000直樹").startsWith("Recorded: Move-in"));
		long id = Long.parseLong(RunningWorkbench.activeEditor().getPersistedState().get("residentId"));
		assertEquals(List.of(), RunningWorkbench.session().register().records().show(id).cards(), "no card was registered");
	}

	@Test
	void aNewbornIsRegisteredThroughTheBirthWizardAsAChildOfTheHousehold() {
		Register register = RunningWorkbench.session().register();
		long father = parentAlone(Fixtures.person("松本", "大輔", "マツモト", "ダイスケ", Fixtures.number("61728394062")));
		Shell wizard = birthWizardAtTheBirthPage("松本", "陽菜", "マツモト", "ヒナ", "R8.11.15", Fixtures.number("61728394073"));
		Ui.sync(() -> Ui.type(wizard, "Notified on", "2026-11-18"));
		chooseHouseholdOf(wizard, "マツモト", "松本\u3000大輔");
		String said = finish(wizard, "松本\u3000陽菜");
		assertTrue(said.startsWith("Recorded: Birth"), said);
		ResidentRecord child = register.records().show(Long.parseLong(RunningWorkbench.activeEditor().getPersistedState().get("residentId")));
		assertEquals(List.of("松本", "陽菜", "マツモト", "ヒナ"), List.of(child.resident().getFamilyName(), child.resident().getGivenName(),
				child.resident().getFamilyNameKana(), child.resident().getGivenNameKana()), "the name and its reading as entered");
		assertEquals(LocalDate.of(2026, 11, 15), child.resident().getBirthDate());
		assertEquals(register.records().show(father).householdId(), child.householdId(), "the father's household");
		assertEquals(List.of("世帯主", "子"), child.household().stream().map(ResidentRecord.Member::relationship).toList());
		assertEquals("丸の内", child.resident().getAddresses().get(0).getAddress().getTown(), "at the head's address");
		assertEquals(List.of("birth"), child.changes().stream().map(ChangeView::kind).toList());
		assertEquals(LocalDate.of(2026, 11, 15), child.changes().get(0).on());
	}

	@Test
	void aBirthDatedInTheFutureIsRefusedNamingTheFieldAndNothingIsRegistered() {
		Register register = RunningWorkbench.session().register();
		long mother = parentAlone(Fixtures.person("岡田", "舞", "オカダ", "マイ", Fixtures.number("61728394084")));
		String number = Fixtures.number("61728394095");
		Shell wizard = birthWizardAtTheBirthPage("岡田", "蓮", "オカダ", "レン", "2026-11-19", number);
		chooseHouseholdOf(wizard, "オカダ", "岡田\u3000舞");
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "< Back"));
			Ui.type(wizard, "Birth date", "2026-11-21");
		});
		assertEquals("The birth date 2026-11-21 lies in the future.",
				Ui.sync(() -> ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage()));
		assertFalse(Ui.sync(() -> Ui.button(wizard, "Next >").isEnabled() || Ui.button(wizard, "Finish").isEnabled()),
				"the wizard waits for a birth that has happened");
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Cancel")));
		Ui.waitUntilClosed(wizard);
		assertEquals(List.of(), register.queries().search(number, 5, 0), "no newborn was registered");
		assertEquals(1, register.records().show(mother).household().size(), "the household is as it was");
	}

	/** Residents > Birth…: the newborn's names, readings, day of birth and number, then Next to the birth's page. */
	private static Shell birthWizardAtTheBirthPage(String family, String given, String familyKana, String givenKana, String bornOn,
			String number) {
		RunningWorkbench.execute(ModelIds.BIRTH);
		Shell wizard = Ui.shell("Birth");
		Ui.sync(() -> Ui.type(wizard, "Birth date", bornOn));
		typePerson(wizard, family, given, familyKana, givenKana, number);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Next >")));
		return wizard;
	}

	/** The person page's names and readings, sex (a man's, the first choice) and number, until Next takes them. */
	private static void typePerson(Shell wizard, String family, String given, String familyKana, String givenKana, String number) {
		Ui.sync(() -> {
			Ui.type(wizard, "Family name", family);
			Ui.type(wizard, "Given name", given);
			Ui.type(wizard, "Family name (kana)", familyKana);
			Ui.type(wizard, "Given name (kana)", givenKana);
			Combo sex = (Combo) after(wizard, "Sex");
			sex.select(1);
			sex.notifyListeners(SWT.Selection, new Event());
			Ui.type(wizard, "Individual Number", number);
		});
		Ui.waitFor("the person complete", () -> Ui.button(wizard, "Next >").isEnabled());
	}

	/** The move-in's addresses (from Osaka to 丸の内 1丁目 {@code number}, moved 2026-11-10), the new household, then the card page. */
	private static void typeAddressesUpToTheCard(Shell wizard, String number) {
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "Next >"));
			typeAddress(wizard, 0, "1000005", "東京都", "131016", "千代田区", "丸の内", "1丁目", number);
			typeAddress(wizard, 1, "5300001", "大阪府", "271276", "大阪市北区", "梅田", "1丁目", "1番1号");
			Ui.type(wizard, "Moved in on", "2026-11-10");
			Ui.type(wizard, "Notified on", "2026-11-12");
			Ui.type(wizard, "Planned move-out day on the certificate", "2026-11-09");
		});
		Ui.waitFor("the addresses complete", () -> Ui.button(wizard, "Next >").isEnabled());
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "Next >"));
			Ui.press(Ui.button(wizard, "Next >"));
		});
	}

	/** Presses Finish; returns what the editor of {@code name}, opened then, says the change did. */
	private static String finish(Shell wizard, String name) {
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		return Ui.waitFor("the editor of " + name + " saying what the change did", () -> {
			MPart editor = RunningWorkbench.activeEditor();
			boolean theirs = editor != null && editor.getLabel().equals(name);
			Label recorded = !theirs ? null : Ui.find((Composite) editor.getWidget(), Label.class, label -> label.getData("recorded") != null);
			return recorded == null ? null : recorded.getText();
		});
	}

	/** What the card page says Finish will do with the card. */
	private static String cardVerdict(Shell wizard) {
		return Ui.sync(() -> Ui.find(wizard, Label.class, label -> label.getData("cardVerdict") != null).getText());
	}

	/** Finds a member of the household by reading, as at the counter, and picks them. */
	private static void chooseHouseholdOf(Shell wizard, String kana, String member) {
		Ui.sync(() -> {
			Text find = Ui.find(wizard, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0 && text.isVisible());
			find.setText(kana);
			find.notifyListeners(SWT.DefaultSelection, new Event());
		});
		Table found = Ui.waitFor("the member found", () -> Ui.find(wizard, Table.class,
				table -> table.isVisible() && table.getItemCount() == 1 && table.getItem(0).getText(0).equals(member)));
		Ui.sync(() -> {
			found.setSelection(0);
			Event picked = new Event();
			picked.item = found.getItem(0);
			found.notifyListeners(SWT.Selection, picked);
		});
		Ui.waitFor("the household chosen", () -> Ui.find(wizard, Label.class, label -> label.getText().endsWith(", of " + member)) != null);
	}

	/** The window as the clerk sees it, into the test's output folder (target/), for the README. */
	private static void screenshot(String name, Shell window) {
		Ui.screenshot(Ui.sync(() -> window.getDisplay().map(window, null, window.getClientArea())), name);
	}

	/** Types an address into the {@code index}th address form of the page shown. */
	private static void typeAddress(Composite root, int index, String... values) {
		String[] labels = { "Postal code", "Prefecture", "Municipality code", "Municipality", "Town", "Chōme", "Number" };
		for (int field = 0; field < labels.length; field++) {
			String label = labels[field];
			Label caption = Ui.all(root, Label.class, candidate -> candidate.getText().equals(label) && candidate.isVisible()).get(index);
			((Text) next(caption)).setText(values[field]);
		}
	}

	private static Control after(Composite root, String label) {
		return next(Ui.find(root, Label.class, candidate -> candidate.getText().equals(label) && candidate.isVisible()));
	}

	private static Control next(Label caption) {
		Control[] siblings = caption.getParent().getChildren();
		for (int index = 0; index < siblings.length - 1; index++) {
			if (siblings[index] == caption) {
				return siblings[index + 1];
			}
		}
		throw new AssertionError("nothing after " + caption.getText());
	}

	private static void assertReadOnly() {
		Composite editor = editorComposite();
		assertTrue(Ui.sync(() -> Ui.all(editor, Button.class, button -> button.getText().equals("Save")).isEmpty()), "no change form");
		assertTrue(Ui.sync(() -> Ui.all(editor, Button.class, button -> button.getText().equals("Take Application") && button.isEnabled())
				.isEmpty()), "no card step on a removed record");
	}

	private static void choose(Composite editor, String form) {
		Ui.sync(() -> {
			Button kind = Ui.find(editor, Button.class, button -> (button.getStyle() & SWT.RADIO) != 0 && button.getText().equals(form));
			kind.setSelection(true);
			kind.notifyListeners(SWT.Selection, new Event());
		});
	}

	/** Waits for the preview under the form to say {@code expected}; returns all it says. */
	private static String consequences(Composite editor, String expected) {
		return Ui.waitFor("the preview saying \"" + expected + "\"", () -> {
			Label said = Ui.find(editor, Label.class, label -> label.getData("consequences") != null);
			return said != null && said.getText().contains(expected) ? said.getText() : null;
		});
	}

	private static String banner() {
		return Ui.waitFor("the removed record's banner", () -> {
			MPart editor = RunningWorkbench.activeEditor();
			Label banner = editor == null ? null : Ui.find((Composite) editor.getWidget(), Label.class, label -> label.getData("removedBanner") != null);
			return banner == null || banner.isDisposed() ? null : banner.getText();
		});
	}

	/** The text field after the visible label {@code label}: the change form shown, not the others behind it. */
	private static Text visibleField(Composite root, String label) {
		return (Text) after(root, label);
	}

	private static Button visibleCheck(Composite root, String label) {
		return Ui.find(root, Button.class, button -> button.getText().equals(label) && button.isVisible());
	}

	/** Moved in on 2026-11-10 from Osaka with the card issued to them on 2024-12-01; returns their id. */
	private static long movedInWithTheirCard(Resident person, String serial) {
		return RunningWorkbench.session().register().changes().moveIn(Fixtures.moveIn(person, Fixtures.broughtCard(serial, LocalDate.of(2024, 12, 1))))
				.residentId();
	}

	/** Ticks or unticks a box as a click does. */
	private static void tick(Button box, boolean ticked) {
		box.setSelection(ticked);
		box.notifyListeners(SWT.Selection, new Event());
	}

	/** The parent of a birth: moved in alone, without a card, so heading a household of their own. */
	private static long parentAlone(Resident person) {
		return RunningWorkbench.session().register().changes().moveIn(Fixtures.moveIn(person, null)).residentId();
	}

	private static Composite editorComposite() {
		Composite editor = Ui.sync(() -> (Composite) RunningWorkbench.activeEditor().getWidget());
		Ui.number(editor);
		return editor;
	}
}
