package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ExpiryReports;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentView;
import org.madoguchi.service.Role;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.testing.ResidentBuilder;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * A day at the counter, driven through the real workbench under Xvfb: the supervisor imports a
 * resident file, a resident is searched and opened, a move is typed (with a mistake, undone) and
 * saved, a card goes from application to issue, a report is written, and the counter is locked
 * and handed to a clerk. Each step checks what the widgets show and what the register holds.
 * Each test sets up what it works on, its own residents recorded through the service as another
 * desk would, so that each runs alone and in any order, and one failing leaves the others standing.
 */
class ClerkDayTest {

	private static final String HEADER = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
			+ "postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status\n";
	/** 山田 has no card; 鈴木's card (issued 2017-04-01) expires on her 57th birthday, 2027-03-15. */
	private static final String ROWS = "123456789018,山田,太郎,ヤマダ,タロウ,1985-04-12,男,1000001,東京都,131016,千代田,1番1号,,,,\n"
			+ "234567890121,鈴木,一子,スズキ,イチコ,1970-03-15,女,1000002,東京都,131016,丸の内,2番2号,AB1234567890,2017-03-01,2017-04-01,issued\n";

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
	void windowTitleNamesTheOfficeAndTheSupervisor() {
		assertEquals("Madoguchi — テスト市役所 — 佐藤 花子 (supervisor)", Ui.sync(() -> RunningWorkbench.mainShell().getText()));
	}

	@Test
	void supervisorImportsAResidentFile() throws IOException {
		Path file = Files.createTempFile("residents", ".csv");
		Files.writeString(file, HEADER + ROWS, StandardCharsets.UTF_8);
		RunningWorkbench.execute(ModelIds.IMPORT);
		Shell wizard = Ui.shell("Import Residents");
		Ui.sync(() -> Ui.type(wizard, "File", file.toString()));
		Table preview = Ui.sync(() -> Ui.find(wizard, Table.class, table -> true));
		assertEquals(2, Ui.sync(preview::getItemCount), "the preview shows the file's rows");
		assertEquals("山田", Ui.sync(() -> preview.getItem(0).getText(1)));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, "the import's result");
		assertTrue(result.startsWith("Rows read: 2. New residents: 2,"), result);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		Register register = RunningWorkbench.session().register();
		assertEquals(List.of("山田\u3000太郎"), register.queries().search("123456789018", 5, 0).stream().map(ResidentView::name).toList());
		long suzuki = register.queries().search("234567890121", 5, 0).get(0).id();
		MyNumberCard card = register.residents().open(suzuki).getCards().get(0);
		assertEquals("AB1234567890", card.getSerial(), "the card of the file's row came with its resident");
		assertEquals(CardStatus.ISSUED, card.getStatus());
	}

	@Test
	void searchByKanaFindsTheResidentAndEnterOpensThem() {
		long maeda = Fixtures.resident("前田", "太郎", "マエダ", "タロウ", "61728394139");
		Shell main = RunningWorkbench.mainShell();
		Ui.sync(() -> Ui.find(main, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0).setText("マエダ"));
		Table results = Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
		Ui.waitFor("one search result", () -> results.getItemCount() == 1 && results.getItem(0).getText(0).equals("前田\u3000太郎"));
		assertEquals(IndividualNumber.mask(Fixtures.number("61728394139")), Ui.sync(() -> results.getItem(0).getText(2)),
				"the list shows numbers masked");
		assertTrue(Ui.sync(() -> results.getColumn(0).getWidth() + results.getColumn(1).getWidth() + results.getColumn(2).getWidth()
				<= results.getClientArea().width), "name, address and masked number show without scrolling");
		Ui.sync(() -> {
			results.setFocus();
			results.setSelection(0);
			results.notifyListeners(SWT.DefaultSelection, new Event());
		});
		// the editor opens at once and is titled with the name as the record spells it once it is read
		MPart editor = Ui.waitFor("the resident's editor", () -> {
			MPart active = RunningWorkbench.activeEditor();
			return active != null && active.getLabel().equals("前田\u3000太郎") ? active : null;
		});
		assertEquals(String.valueOf(maeda), editor.getPersistedState().get("residentId"));
		List<AuditEntry> views = RunningWorkbench.session().register().queries().audit(RunningWorkbench.SUPERVISOR, maeda, null, null, 10);
		assertTrue(views.stream().anyMatch(entry -> entry.operation().equals("view-resident")), "opening a resident is audited");
	}

	@Test
	void showingTheNumberIsAudited() {
		long nishimura = Fixtures.resident("西村", "隆", "ニシムラ", "タカシ", "61728394140");
		Composite editor = RunningWorkbench.openResident("ニシムラ", "西村\u3000隆");
		Label number = Ui.number(editor);
		Ui.sync(() -> Ui.press(Ui.button(editor, "Show")));
		Ui.waitForText(number, IndividualNumber.format(Fixtures.number("61728394140")));
		assertTrue(RunningWorkbench.session().register().queries().audit(null, nishimura, null, null, 100).stream()
				.anyMatch(entry -> entry.operation().equals("show-number")));
	}

	@Test
	void aMoveIsValidatedUndoneAndSaved() {
		long imai = Fixtures.resident("今井", "修", "イマイ", "オサム", "61728394151");
		Composite editor = RunningWorkbench.openResident("イマイ", "今井\u3000修");
		MPart part = RunningWorkbench.activeEditor();
		Text postalCode = featureField(editor, "postalCode");
		Ui.sync(() -> postalCode.setText("12"));
		Label message = Ui.sync(() -> Ui.find(editor, Label.class, label -> label.getText().contains("postal code")));
		assertTrue(Ui.sync(() -> message.getText().toLowerCase().contains("postal code")), "the validator names the field");
		assertTrue(Ui.sync(part::isDirty));
		RunningWorkbench.execute(ModelIds.UNDO);
		Ui.waitFor("the postal code restored by Undo", () -> postalCode.getText().equals("1000001"));
		Ui.waitFor("nothing left to save", () -> !part.isDirty());
		Ui.sync(() -> {
			featureField(editor, "postalCode").setText("1010021");
			featureField(editor, "town").setText("外神田");
			featureField(editor, "number").setText("3丁目4番5号");
			featureField(editor, "setOn").setText("R8.11.20");
		});
		assertTrue(Ui.sync(part::isDirty));
		assertTrue(RunningWorkbench.canExecute(ModelIds.SAVE));
		RunningWorkbench.execute(ModelIds.SAVE);
		Ui.waitFor("the saved editor", () -> !part.isDirty());
		Resident saved = RunningWorkbench.session().register().residents().open(imai);
		assertEquals(2, saved.getAddresses().size(), "the old address stays in the history");
		AddressEntry current = saved.getAddresses().get(1);
		assertEquals("外神田", current.getAddress().getTown());
		assertEquals("1010021", current.getAddress().getPostalCode());
		assertEquals("2026-11-20", current.getSetOn().toString(), "a Reiwa date is read as the clerk typed it");
		Table history = Ui.waitFor("the history with the move", () -> {
			Table table = Ui.find(editorComposite(), Table.class, candidate -> candidate.getColumnCount() == 3 && candidate.getItemCount() == 2);
			return table;
		});
		assertTrue(Ui.sync(() -> history.getItem(0).getText(2)).contains("外神田"), "newest first");
	}

	@Test
	void aCardGoesFromApplicationToIssue() {
		long fujita = Fixtures.resident("藤田", "誠", "フジタ", "マコト", "61728394162");
		RunningWorkbench.openResident("フジタ", "藤田\u3000誠");
		step("藤田", "Take Application", Map.of("Received by J-LIS on", "R8.11.2"));
		assertFalse(Ui.sync(() -> Ui.button(editorComposite(), "Revoke").isEnabled()), "nothing to revoke on a card only applied for");
		Shell production = ask("藤田", "Record Production");
		Ui.sync(() -> Ui.type(production, "Card number", "x"));
		assertFalse(Ui.sync(() -> Ui.button(production, "OK").isEnabled()), "a serial that is no card number is refused as it is typed");
		assertTrue(Ui.sync(() -> !Ui.all(production, Label.class, label -> label.getText().contains("\"x\"")).isEmpty()), "the dialog says why");
		answer(production, Map.of("Card number", "XY0987654321", "Issued on", "2026-11-16"));
		step("藤田", "Ready for Pickup", Map.of());
		Tree ready = Ui.waitFor("the card ready for pickup", () -> Ui.find(editorComposite(), Tree.class, tree -> tree.getItemCount() == 1
				&& tree.getItem(0).getText(1).equals("ready for pickup")));
		assertTrue(Ui.sync(() -> {
			GC gc = new GC(ready);
			try {
				return gc.textExtent("ready for pickup").x <= ready.getColumn(1).getWidth();
			} finally {
				gc.dispose();
			}
		}), "the card's status is not cut");
		step("藤田", "Issue", Map.of());
		MyNumberCard card = RunningWorkbench.session().register().residents().open(fujita).getCards().get(0);
		assertEquals(CardStatus.ISSUED, card.getStatus());
		assertEquals("XY0987654321", card.getSerial());
		assertEquals(LocalDate.of(2026, 11, 2), card.getApplication().getReceivedOn(), "the day J-LIS received it, as the clerk typed it");
		assertEquals(LocalDate.of(2026, 11, 16), card.getIssuedOn());
		Tree cards = Ui.waitFor("the card list", () -> Ui.find(editorComposite(), Tree.class, tree -> tree.getItemCount() == 1
				&& tree.getItem(0).getText(1).equals("issued")));
		String why = Ui.sync(() -> cards.getItem(0).getText(5));
		assertFalse(why.isBlank(), "the card's expiry says why");
	}

	@Test
	void aLostCardIsReinstatedByItsOwnStepWhichRevokesTheCertificates() {
		long ogawa = Fixtures.resident("小川", "進", "オガワ", "ススム", "61728394173");
		Fixtures.issuedCard(ogawa, "KL0000000101");
		RunningWorkbench.openResident("オガワ", "小川\u3000進");
		step("小川", "Suspend (Lost)", Map.of());
		Ui.waitFor("Reinstate to be enabled", () -> Ui.button(editorComposite(), "Reinstate").isEnabled());
		assertFalse(Ui.sync(() -> Ui.button(editorComposite(), "Issue").isEnabled()), "a suspended card is not issued again");
		step("小川", "Reinstate", Map.of());
		MyNumberCard card = RunningWorkbench.session().register().residents().open(ogawa).getCards().get(0);
		assertEquals(CardStatus.ISSUED, card.getStatus());
		assertTrue(card.getCertificates().stream().allMatch(certificate -> certificate.getRevokedOn() != null),
				"lifting the suspension revokes the certificates");
	}

	@Test
	void theFoundCardGetsNewCertificatesFromTheDayOfRenewal() {
		long minoru = Fixtures.resident("後藤", "実", "ゴトウ", "ミノル", "61728394184");
		long found = Fixtures.issuedCard(minoru, "KL0000000202");
		RunningWorkbench.session().register().cards().suspend(found, "lost at the station");
		RunningWorkbench.session().register().cards().reinstate(found, "found at the station");
		RunningWorkbench.openResident("ゴトウ", "後藤\u3000実");
		step("後藤", "Renew Certificates", Map.of("Renewed on", "R8.11.20"));
		MyNumberCard card = RunningWorkbench.session().register().residents().open(minoru).getCards().get(0);
		List<Certificate> live = card.getCertificates().stream().filter(certificate -> certificate.getRevokedOn() == null).toList();
		assertEquals(Set.of(CertificateKind.USER, CertificateKind.SIGNATURE), live.stream().map(Certificate::getKind).collect(Collectors.toSet()));
		assertTrue(live.stream().allMatch(certificate -> certificate.getIssuedOn().equals(LocalDate.of(2026, 11, 20))), live.toString());
		Ui.waitFor("the new certificates shown valid", () -> Ui.find(editorComposite(), Tree.class, tree -> tree.getItemCount() == 1
				&& Arrays.stream(tree.getItem(0).getItems()).filter(item -> item.getText(1).equals("valid")).count() == 2));
	}

	@Test
	void theCardBroughtAtAMoveInIsTakenIntoContinuedUseAtTheCounter() {
		long kondo = RunningWorkbench.session().register().changes()
				.moveIn(Fixtures.moveIn(Fixtures.person("近藤", "学", "コンドウ", "マナブ", Fixtures.number("61728394251")), Fixtures.broughtCard("KL0000000707",
						LocalDate.of(2024, 12, 1)))).residentId();
		RunningWorkbench.openResident("コンドウ", "近藤\u3000学");
		Ui.waitFor("the continued use due 90 days after the notification, under the card", () -> detailOfTheCard("Continued use") != null
				&& detailOfTheCard("Continued use")[1].startsWith("due by 2027-02-10 "));
		step("近藤", "Continued Use", Map.of("Continued use on", "2026-11-20"));
		Ui.waitFor("the card's new note, written, instead of the due continued use", () -> detailOfTheCard("Continued use") == null
				&& detailOfTheCard("Note") != null && detailOfTheCard("Note")[1].startsWith("written 2026-11-20 ")
				&& detailOfTheCard("Note")[5].startsWith("転入 "));
		assertFalse(Ui.sync(() -> Ui.button(editorComposite(), "Continued Use").isEnabled()), "recorded once");
		Ui.screenshot(Ui.sync(() -> {
			Tree cards = Ui.find(editorComposite(), Tree.class, tree -> tree.getColumnCount() == 6);
			for (Composite parent = cards.getParent(); parent != null; parent = parent.getParent()) {
				if (parent instanceof ScrolledComposite scrolled) {
					scrolled.showControl(cards.getParent());
				}
			}
			return cards.getDisplay().map(cards.getParent(), null, cards.getParent().getClientArea());
		}), "workbench-continued-use.png");
		assertEquals(CardStatus.ISSUED, RunningWorkbench.session().register().cards().ofResident(kondo).get(0).status());
	}

	@Test
	void theNotesOfAMoveAreRecordedWrittenOnceTheClerkHasWrittenThem() {
		long ishii = Fixtures.resident("石井", "守", "イシイ", "マモル", "61728394262");
		Fixtures.issuedCard(ishii, "KL0000000808");
		RunningWorkbench.session().register().changes().moveWithin(ChangeTarget.of(ishii), ChiyodaAddresses.entry(
				ChiyodaAddresses.address("1010021", "外神田", "1丁目", "2番3号"), LocalDate.of(2026, 11, 18), 1, NotificationKind.MOVE_WITHIN));
		RunningWorkbench.openResident("イシイ", "石井\u3000守");
		Ui.waitFor("the move's note pending under the card", () -> detailOfTheCard("Note") != null && detailOfTheCard("Note")[1].equals("pending"));
		step("石井", "Notes Written", Map.of());
		Ui.waitFor("the note written today", () -> detailOfTheCard("Note") != null && detailOfTheCard("Note")[1].startsWith("written 2026-11-20 "));
		assertFalse(Ui.sync(() -> Ui.button(editorComposite(), "Notes Written").isEnabled()), "nothing is pending any more");
	}

	/** The texts of the first line of that kind under the card in the open editor's card list, or null. */
	private static String[] detailOfTheCard(String kind) {
		return Ui.sync(() -> {
			Tree cards = Ui.find(editorComposite(), Tree.class, tree -> tree.getItemCount() == 1 && tree.getColumnCount() == 6);
			if (cards == null) {
				return null;
			}
			for (TreeItem item : cards.getItem(0).getItems()) {
				if (item.getText(0).equals(kind)) {
					String[] texts = new String[6];
					Arrays.setAll(texts, item::getText);
					return texts;
				}
			}
			return null;
		});
	}

	/** Presses the editor's button for a card step, checks that its question names the person, and answers it. */
	private static void step(String person, String action, Map<String, String> typed) {
		answer(ask(person, action), typed);
	}

	private static Shell ask(String person, String action) {
		Composite editor = editorComposite();
		Ui.waitFor(action + " to be enabled", () -> Ui.button(editor, action).isEnabled());
		Ui.async(() -> Ui.press(Ui.button(editor, action)));
		Shell question = Ui.shell(action);
		assertTrue(Ui.sync(() -> !Ui.all(question, Label.class, label -> label.getText().contains(person)).isEmpty()),
				"the question names the person");
		return question;
	}

	/** Answers the step's question; returns once the editor, read again after the step, says it was recorded (the step runs off the UI thread). */
	private static void answer(Shell question, Map<String, String> typed) {
		Composite editor = editorComposite();
		String action = Ui.sync(question::getText);
		Ui.sync(() -> {
			typed.forEach((field, text) -> Ui.type(question, field, text));
			Ui.press(Ui.button(question, "OK"));
		});
		Ui.waitUntilClosed(question);
		Ui.waitFor("the editor saying " + action + " was recorded", () -> {
			Label said = Ui.find(editor, Label.class, label -> label.getData("recorded") != null);
			return said != null && said.getText().equals("Recorded: " + action);
		});
	}

	@Test
	void printWizardPreviewsTheOpenResidentsCardAndWritesThePdf() throws IOException {
		Fixtures.issuedCard(Fixtures.resident("長谷川", "勉", "ハセガワ", "ツトム", "61728394195"), "KL0000000303");
		Fixtures.resident("青木", "実", "アオキ", "ミノル", "61728394206");
		RunningWorkbench.openResident("ハセガワ", "長谷川\u3000勉");
		Path out = Files.createTempDirectory("cards").resolve("hasegawa.pdf");
		RunningWorkbench.execute(ModelIds.PRINT);
		Shell wizard = Ui.shell("Print Cards");
		Table picked = Ui.sync(() -> Ui.find(wizard, Table.class, table -> (table.getStyle() & SWT.CHECK) != 0));
		assertEquals(List.of("長谷川　勉"), Ui.sync(() -> Arrays.stream(picked.getItems()).filter(TableItem::getChecked).map(item -> item.getText(0)).toList()),
				"the open resident is offered, checked");
		Ui.sync(() -> {
			Text find = Ui.find(wizard, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0);
			find.setText("アオキ");
			find.notifyListeners(SWT.DefaultSelection, new Event());
		});
		Ui.waitFor("the search's result below the checked resident, not checked",
				() -> picked.getItemCount() == 2 && picked.getItem(0).getChecked() && !picked.getItem(1).getChecked());
		assertTrue(Ui.sync(() -> picked.getItem(1).getText(0)).startsWith("青木"));
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Preview of the first card")));
		Label preview = Ui.sync(() -> Ui.find(wizard, Label.class, label -> label.getData("preview") != null));
		int width = Ui.waitFor("the preview image", () -> preview.getImage() == null ? null : preview.getImage().getBounds().width);
		assertTrue(width > 300, "a card drawn at 110 dpi is about 370 pixels wide: " + width);
		Ui.sync(() -> Ui.type(wizard, "Write to", out.toString()));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, "the print's result");
		assertTrue(result.startsWith("Cards written: 1. File: "), result);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(out), 4), StandardCharsets.US_ASCII));
	}

	@Test
	void pickupNoticesAreWrittenForTheCardWaitingAtTheCounter() throws Exception {
		long takahashi = residentWithACardReadyForPickup();
		Path folder = Files.createTempDirectory("notices");
		Path out = folder.resolve("notices.pdf");
		RunningWorkbench.execute(ModelIds.PRINT_NOTICES);
		Shell wizard = Ui.shell("Print Pickup Notices");
		assertEquals("2027-01-19", Ui.sync(() -> Ui.field(wizard, "Pick up by").getText()), "60 days from today, as on the command line");
		// the dialog as it opens, for the README
		Ui.screenshot(Ui.sync(() -> wizard.getDisplay().map(wizard, null, wizard.getClientArea())), "workbench-pickup-notices.png");
		Ui.sync(() -> {
			Ui.type(wizard, "Counter to come to", "区民課 3番窓口");
			Ui.type(wizard, "Write to", folder.toString());
		});
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String refusal = Ui.waitFor("the refusal of a folder", () -> ((WizardDialog) wizard.getData()).getCurrentPage().getErrorMessage());
		assertEquals(folder + " is a folder: Madoguchi writes only to a regular file or a new path. Nothing was written.", refusal,
				"as on the command line");
		Ui.sync(() -> Ui.type(wizard, "Write to", out.toString()));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		assertEquals("Pickup notices written: 1. File: " + out, Ui.resultOf(wizard, "the notices' result"));
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		List<AuditEntry> printed = RunningWorkbench.session().register().queries().audit(RunningWorkbench.SUPERVISOR, takahashi, null, null, 10)
				.stream().filter(entry -> entry.operation().equals("print-pickup-notice")).toList();
		assertEquals(1, printed.size(), "the letter is audited");
		String number = printed.get(0).detail().substring("notice ".length(), "notice ".length() + 10);
		String letter = pdfText(out).replaceAll("[\\s\u3000]+", "");
		for (String expected : List.of("高橋優子様", "通知番号" + number, "区民課3番窓口", "令和9年1月19日")) {
			assertTrue(letter.contains(expected), expected + " in\n" + letter);
		}
	}

	/** 高橋's card came from J-LIS and waits at the counter: the supervisor recorded it from another desk. */
	private static long residentWithACardReadyForPickup() {
		Register register = RunningWorkbench.session().register();
		long id = register.residents().register(ResidentBuilder.resident("高橋", "優子", "タカハシ", "ユウコ").born(LocalDate.of(1990, 6, 1))
				.sex(Sex.FEMALE).national().number("45678901234" + IndividualNumber.checkDigit("45678901234"))
				.livingAt(ChiyodaAddresses.entry(ChiyodaAddresses.address("1010021", "外神田", "2丁目", "8番8号"), LocalDate.of(2012, 4, 1), 3,
						NotificationKind.MOVE_IN))
				.build());
		long card = register.cards().apply(id, LocalDate.of(2026, 10, 1), ApplicationChannel.ONLINE);
		register.cards().recordProduction(card, "CD1357924680", LocalDate.of(2026, 11, 10));
		register.cards().readyForPickup(card);
		return id;
	}

	private static String pdfText(Path pdf) throws IOException, InterruptedException {
		Process pdftotext = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
		String text = new String(pdftotext.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, pdftotext.waitFor(), text);
		return text;
	}

	@Test
	void dashboardListsTheCardExpiringInMarch() {
		expiringCard("大野", "恵子", "オオノ", "ケイコ", "61728394217", LocalDate.of(1970, 3, 15), "KL0000000404");
		EPartService parts = Ui.sync(() -> RunningWorkbench.windowContext().get(EPartService.class));
		Ui.sync(() -> parts.activate(parts.findPart(ModelIds.SEARCH_PART)));
		RunningWorkbench.execute(ModelIds.SHOW_VIEW, Map.of(ModelIds.SHOW_VIEW_PARAMETER, ModelIds.DASHBOARD));
		// Window > Dashboard shows the dashboard opened at start, not a second one
		MPart shown = Ui.waitFor("the dashboard in front", () -> Ui.sync(() -> {
			MPart active = parts.getActivePart();
			return active != null && ModelIds.DASHBOARD_PART.equals(active.getElementId()) ? active : null;
		}));
		assertNull(Ui.sync(() -> parts.findPart(ModelIds.DASHBOARD)), "no dashboard made from the descriptor beside it");
		Composite dashboard = Ui.sync(() -> (Composite) shown.getWidget());
		Canvas chart = Ui.sync(() -> Ui.find(dashboard, Canvas.class, canvas -> true));
		Table list = Ui.sync(() -> Ui.find(dashboard, Table.class, table -> true));
		// the register's today is 2026-11-20 (the pom): November is the first bar, March 2027 the fifth; click its middle
		Ui.sync(() -> {
			int slot = (chart.getClientArea().width - 72) / 12;
			Event click = new Event();
			click.x = 36 + 4 * slot + slot / 2;
			click.y = chart.getClientArea().height - 40;
			chart.notifyListeners(SWT.MouseDown, click);
		});
		// the card's 10th birthday after its issue on 2017-04-01: her 57th
		Ui.waitFor("大野's card in the list behind the March bar", () -> Arrays.stream(list.getItems())
				.anyMatch(item -> item.getText(2).equals("大野　恵子") && item.getText(0).equals("2027-03-15 (R9.3.15)")));
		assertTrue(Ui.sync(() -> Arrays.stream(list.getItems()).allMatch(item -> item.getText(0).startsWith("2027-03-"))), "only March's");
	}

	/** A woman who moved in on 2026-11-10 with the card issued to her on 2017-04-01, which expires on her 10th birthday after it. */
	private static void expiringCard(String family, String given, String familyKana, String givenKana, String base, LocalDate born, String serial) {
		Resident person = Fixtures.person(family, given, familyKana, givenKana, Fixtures.number(base));
		person.setBirthDate(born);
		person.setSex(Sex.FEMALE);
		RunningWorkbench.session().register().changes().moveIn(Fixtures.moveIn(person, Fixtures.broughtCard(serial, LocalDate.of(2017, 4, 1))));
	}

	@Test
	void reportWizardWritesTheWorkbook() throws IOException {
		expiringCard("小池", "里美", "コイケ", "サトミ", "61728394228", LocalDate.of(1970, 2, 20), "KL0000000505");
		Path folder = Files.createTempDirectory("reports");
		Path out = folder.resolve("expiring.xlsx");
		// what the register lists for the same question, whatever else the shared register holds
		long expected = RunningWorkbench.session().register().reports().write(new ExpiryReports.Request(ExpiryReports.Kind.EXPIRING,
				LocalDate.of(2026, 11, 20), 120, ExpiryReports.Documents.ALL, null, false, folder.resolve("asked.xlsx")), Progress.NONE);
		assertTrue(expected >= 1, "小池's card expires on 2027-02-20, within 120 days");
		RunningWorkbench.execute(ModelIds.REPORT);
		Shell wizard = Ui.shell("Expiry and Renewal Lists");
		Ui.sync(() -> {
			Ui.find(wizard, Spinner.class, spinner -> true).setSelection(120);
			Ui.type(wizard, "Write to", out.toString());
		});
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, "the report's result");
		assertEquals("Rows written: " + expected + ". File: " + out, result);
		assertTrue(Ui.sync(() -> Ui.button(wizard, "Open Folder").isEnabled()));
		assertFalse(Ui.sync(() -> Ui.button(wizard, "< Back").isEnabled()), "the report is written; going back would not write it again");
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		byte[] start = Arrays.copyOf(Files.readAllBytes(out), 2);
		assertEquals("PK", new String(start, StandardCharsets.US_ASCII), "an .xlsx is a zip");
	}

	@Test
	void theLockedCounterIsHandedToAClerk() {
		fromAnotherDesk(supervisor -> supervisor.operators().add("tanaka", "田中 一郎", Role.CLERK, "counter-2026".toCharArray()));
		RunningWorkbench.execute(ModelIds.LOCK);
		Shell lock = Ui.shell("Counter locked");
		Text search = Ui.sync(() -> Ui.find(RunningWorkbench.mainShell(), Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0));
		assertFalse(Ui.sync(search::isVisible), "nothing of the register shows while the counter is locked");
		Ui.sync(() -> {
			Ui.type(lock, "Operator ID", "tanaka");
			Ui.type(lock, "Password", "wrong password");
			Ui.press(Ui.button(lock, "Log in"));
		});
		assertFalse(Ui.sync(lock::isDisposed), "a wrong password keeps the counter locked");
		Ui.sync(() -> {
			Ui.type(lock, "Password", "counter-2026");
			Ui.press(Ui.button(lock, "Log in"));
		});
		Ui.waitUntilClosed(lock);
		assertTrue(Ui.sync(search::isVisible));
		assertEquals("Madoguchi — テスト市役所 — 田中 一郎 (clerk)", Ui.sync(() -> RunningWorkbench.mainShell().getText()));
		assertEquals(Role.CLERK, RunningWorkbench.session().register().operator().role());
		assertFalse(RunningWorkbench.canExecute(ModelIds.REPORT), "a clerk runs no reports");
	}

	@Test
	void anAuditorTakingTheCounterFindsTheAuditTrailInFront() {
		fromAnotherDesk(supervisor -> supervisor.operators().add("kato", "加藤 三郎", Role.AUDITOR, "audit-kato-2026".toCharArray()));
		RunningWorkbench.execute(ModelIds.LOCK);
		Shell lock = Ui.shell("Counter locked");
		Ui.sync(() -> {
			Ui.type(lock, "Operator ID", "kato");
			Ui.type(lock, "Password", "audit-kato-2026");
			Ui.press(Ui.button(lock, "Log in"));
		});
		Ui.waitUntilClosed(lock);
		assertEquals("Madoguchi — テスト市役所 — 加藤 三郎 (auditor)", Ui.sync(() -> RunningWorkbench.mainShell().getText()));
		MPart audit = Ui.sync(() -> RunningWorkbench.windowContext().get(EPartService.class).getActivePart());
		assertEquals(ModelIds.AUDIT_TRAIL, Ui.sync(audit::getElementId));
		// read and verified in the background: the chain's verdict, the anchor to keep, operations in words
		Composite trail = Ui.sync(() -> (Composite) audit.getWidget());
		Label verdict = Ui.waitFor("the chain's verdict", () -> Ui.find(trail, Label.class,
				label -> label.getText().startsWith("The audit trail holds: ")));
		assertTrue(Ui.sync(verdict::getText).matches("The audit trail holds: [\\d,]+ entries verified, from the first to the newest, entry \\d+\\."),
				Ui.sync(verdict::getText));
		assertTrue(Ui.sync(() -> Ui.find(trail, Label.class, label -> label.getText().matches("Newest anchor .*: entry \\d+, SHA-256 [0-9a-f]{64}"))) != null);
		Table entries = Ui.waitFor("the trail's entries", () -> Ui.find(trail, Table.class, table -> table.getItemCount() > 0));
		List<String> operations = Ui.sync(() -> Arrays.stream(entries.getItems()).map(item -> item.getText(2)).toList());
		assertTrue(operations.contains("Login"), operations.toString());
		assertFalse(operations.contains("login"), "an operation reads in words, not as its code");
	}

	/** The supervisor adds operators from another desk: whoever is at the counter may not. */
	private static void fromAnotherDesk(Consumer<Register> work) {
		try (Register supervisor = Register.open(RunningWorkbench.session().location(),
				new Login(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD::toCharArray))) {
			work.accept(supervisor);
		}
	}

	private static Composite editorComposite() {
		Composite editor = Ui.sync(() -> (Composite) RunningWorkbench.activeEditor().getWidget());
		Ui.number(editor);
		return editor;
	}

	private static Text featureField(Composite editor, String feature) {
		return Ui.sync(() -> Ui.find(editor, Text.class, text -> feature.equals(text.getData("feature"))));
	}
}
