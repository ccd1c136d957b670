package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
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
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.madoguchi.model.Address;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.service.MoveIn;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * The counter's resident changes in the workbench (its today is 2026-11-20): a move-in registered
 * through its wizard with the card the person brings, then a move-out abroad and a death typed into
 * the editor's change forms, previewed before Save and recorded; the removed records then open
 * read-only under their banner, and the search finds them only when asked.
 */
@TestMethodOrder(OrderAnnotation.class)
class ResidentChangesWorkbenchTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private static long leaving;
	private static long dying;

	@BeforeAll
	static void aResidentWithACard() throws InterruptedException {
		RunningWorkbench.get();
		// the tests before may have left the counter to a clerk or an auditor
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		Register register = RunningWorkbench.session().register();
		dying = register.changes().moveIn(moveIn(person("森", "花", "モリ", "ハナ", "334455667785"), "AB0000002015")).residentId();
	}

	@Test
	@Order(0)
	void aMoveInIsRegisteredThroughTheWizardWithTheCardTheResidentBrings() {
		RunningWorkbench.execute("org.madoguchi.ui.command.moveIn");
		Shell wizard = Ui.shell("New Resident (Move-in)");
		Ui.sync(() -> {
			Ui.type(wizard, "Family name", "川口");
			Ui.type(wizard, "Given name", "健");
			Ui.type(wizard, "Family name (kana)", "kawaguchi");
		});
		assertFalse(Ui.sync(() -> Ui.button(wizard, "Next >").isEnabled()), "a reading in Roman letters stops the wizard");
		String why = Ui.sync(() -> ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage());
		assertTrue(why != null && why.contains("must be kana"), "and says why: " + why);
		Ui.sync(() -> {
			Ui.type(wizard, "Family name (kana)", "カワグチ");
			Ui.type(wizard, "Given name (kana)", "ケン");
			Ui.type(wizard, "Birth date", "S55.5.5");
			Combo sex = (Combo) after(wizard, "Sex");
			sex.select(1);
			sex.notifyListeners(SWT.Selection, new Event());
			Ui.type(wizard, "Individual Number", "3456 7890 1234");
		});
		Ui.waitFor("the person complete", () -> Ui.button(wizard, "Next >").isEnabled());
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "Next >"));
			typeAddress(wizard, 0, "1000005", "東京都", "131016", "千代田区", "丸の内", "1丁目", "3番3号");
			typeAddress(wizard, 1, "5300001", "大阪府", "271276", "大阪市北区", "梅田", "1丁目", "1番1号");
			Ui.type(wizard, "Moved in on", "2026-11-10");
			Ui.type(wizard, "Notified on", "2026-11-12");
			Ui.type(wizard, "Planned move-out day on the certificate", "2026-11-09");
		});
		Ui.waitFor("the addresses complete", () -> Ui.button(wizard, "Next >").isEnabled());
		Ui.sync(() -> {
			Ui.press(Ui.button(wizard, "Next >"));
			Ui.press(Ui.button(wizard, "Next >"));
			Ui.press(Ui.button(wizard, "The person brings a My Number Card"));
			Ui.type(wizard, "Card number", "AB0000001017");
			Ui.type(wizard, "Issued on", "2024-12-01");
			Ui.type(wizard, "Application received by J-LIS on", "2024-11-01");
		});
		Ui.waitFor("the card complete", () -> Ui.button(wizard, "Finish").isEnabled());
		screenshot("workbench-move-in.png", wizard);
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		String said = Ui.waitFor("the new resident's editor saying what the move-in did", () -> {
			MPart editor = activeEditor();
			Label recorded = editor == null ? null : Ui.find((Composite) editor.getWidget(), Label.class, label -> label.getData("recorded") != null);
			return recorded == null ? null : recorded.getText();
		});
		assertTrue(said.startsWith("Recorded: Move-in"), said);
		assertTrue(said.contains("continues; continued use is due by 2027-02-10"), said);
		leaving = Long.parseLong(activeEditor().getPersistedState().get("residentId"));
		ResidentRecord record = RunningWorkbench.session().register().records().show(leaving);
		assertEquals(2, record.resident().getAddresses().size(), "the previous address and the new one");
		assertEquals("梅田", record.resident().getAddresses().get(0).getAddress().getTown());
		assertEquals(CardStatus.ISSUED, record.cards().get(0).card().status());
		assertEquals(LocalDate.of(2027, 2, 10), record.cards().get(0).continuedUseDue());
		assertEquals("世帯主", record.household().get(0).relationship(), "a new household with the person as its head");
	}

	@Test
	@Order(1)
	void aMoveOutAbroadIsPreviewedSavedAndTheRecordThenOpensReadOnly() {
		Composite editor = open("カワグチ", "川口 健");
		choose(editor, "Move-out");
		Ui.sync(() -> {
			visibleField(editor, "Moves out on").setText("2026-11-20");
			Ui.press(visibleCheck(editor, "Moves abroad"));
		});
		String preview = consequences(editor, "will lapse on 2026-11-20");
		assertTrue(preview.startsWith("When saved:"), preview);
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
	@Order(2)
	void aDeathIsPreviewedSavedAndShownAsARemovedRecord() {
		Composite editor = open("モリ", "森 花");
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
	@Order(3)
	void theSearchFindsRemovedRecordsOnlyWhenAsked() {
		Shell main = RunningWorkbench.mainShell();
		Text search = Ui.sync(() -> Ui.find(main, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0));
		Table results = Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Ui.sync(() -> search.setText("モリ"));
		Ui.waitFor("no current resident", () -> Ui.find(main, Label.class, label -> label.getText().equals("0 residents")) != null
				&& results.getItemCount() == 0);
		Ui.sync(() -> Ui.press(Ui.button(main, "Removed records too (moved out, died)")));
		Ui.waitFor("the removed record", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).equals("森 花"));
	}

	/** The window as the clerk sees it, into the test's output folder (target/), for the README. */
	private static void screenshot(String name, Shell window) {
		Ui.screenshot(Ui.sync(() -> window.getBounds()), name);
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

	/** Searches the reading and opens the one resident found, as Enter does. */
	private static Composite open(String kana, String name) {
		Shell main = RunningWorkbench.mainShell();
		Ui.sync(() -> Ui.find(main, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0).setText(kana));
		Table results = Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Ui.waitFor("the resident found", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).equals(name));
		Ui.sync(() -> {
			results.setFocus();
			results.setSelection(0);
			results.notifyListeners(SWT.DefaultSelection, new Event());
		});
		Ui.waitFor("the resident's editor", () -> activeEditor() != null && activeEditor().getLabel().replace('\u3000', ' ').equals(name));
		return editorComposite();
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
			MPart editor = activeEditor();
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

	private static MPart activeEditor() {
		MPart active = RunningWorkbench.windowContext().get(EPartService.class).getActivePart();
		return active != null && ModelIds.RESIDENT_EDITOR.equals(active.getElementId()) ? active : null;
	}

	private static Composite editorComposite() {
		Composite editor = Ui.sync(() -> (Composite) activeEditor().getWidget());
		Ui.number(editor);
		return editor;
	}

	private static Resident person(String family, String given, String familyKana, String givenKana, String number) {
		Resident person = ModelFactory.eINSTANCE.createResident();
		person.setFamilyName(family);
		person.setGivenName(given);
		person.setFamilyNameKana(familyKana);
		person.setGivenNameKana(givenKana);
		person.setBirthDate(LocalDate.of(1980, 5, 5));
		person.setSex(Sex.MALE);
		person.setNationality("JPN");
		person.setResidenceStatus(ResidenceStatus.NATIONAL);
		person.setIndividualNumber(number);
		return person;
	}

	/** A move-in from Osaka on 2026-11-10, notified in time, with the card the person brings. */
	private static MoveIn moveIn(Resident person, String serial) {
		return new MoveIn(person, address("1000005", "131016", "千代田区", "丸の内", "2番2号"), address("5300001", "271276", "大阪市北区", "梅田", "1番1号"),
				LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12), null, null,
				new BroughtCard(serial, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 11, 1), CardStatus.ISSUED));
	}

	private static Address address(String postalCode, String municipalityCode, String municipality, String town, String number) {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode(postalCode);
		address.setPrefecture(municipalityCode.startsWith("13") ? "東京都" : "大阪府");
		address.setMunicipalityCode(municipalityCode);
		address.setMunicipalityName(municipality);
		address.setTown(town);
		address.setChome("1丁目");
		address.setNumber(number);
		return address;
	}
}
