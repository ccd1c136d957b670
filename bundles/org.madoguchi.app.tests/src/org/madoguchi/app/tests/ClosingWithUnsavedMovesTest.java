package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.ui.internal.session.IdleLock;
import org.madoguchi.ui.internal.session.WindowCloseGuard;

/**
 * Closing the main window with a move typed and not saved, answered each way. The guard under test
 * is the workbench's, on its window and editors, with one difference: where it would close the
 * window (and so end the workbench every test shares) it notes that it closed, and what the
 * register and the editor held at that moment.
 */
class ClosingWithUnsavedMovesTest {

	private final AtomicBoolean closed = new AtomicBoolean();
	private final AtomicReference<String> townWhenClosed = new AtomicReference<>();
	private final AtomicReference<Boolean> dirtyWhenClosed = new AtomicReference<>();
	private MPart editor;
	private long resident;

	@BeforeAll
	static void supervisorAtTheCounter() throws InterruptedException {
		RunningWorkbench.get();
		RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@AfterEach
	void closeTheEditor() {
		if (editor != null) {
			Ui.sync(() -> RunningWorkbench.windowContext().get(EPartService.class).hidePart(editor, true));
		}
	}

	@Test
	void saveRecordsTheMoveAndOnlyThenClosesTheWindow() {
		typeAMove("61728394106", "林", "ハヤシ", "2026-11-20");
		assertFalse(guardsAnswer(askToClose("Save")), "the window waits for the save running off the UI thread");
		Ui.waitFor("the window closed after saving", closed::get);
		assertEquals("外神田", townWhenClosed.get(), "the move was recorded before the window closed");
		assertFalse(dirtyWhenClosed.get(), "and the editor had nothing left to save");
	}

	@Test
	void aSaveTheRegisterRefusesKeepsTheWindowOpenAndSaysWhy() {
		typeAMove("61728394117", "山本", "ヤマモト", "2000-01-01");
		AtomicReference<Boolean> closes = askToClose("Save");
		Shell refusal = Ui.shell("Save the move");
		String why = Ui.sync(() -> Ui.all(refusal, Label.class, label -> !label.getText().isBlank()).stream().map(Label::getText).toList()).toString();
		assertTrue(why.contains("2000-01-01"), "the editor says why: " + why);
		Ui.sync(() -> Ui.press(Ui.button(refusal, "OK")));
		Ui.waitUntilClosed(refusal);
		assertFalse(guardsAnswer(closes));
		assertFalse(closed.get(), "the window stays open");
		assertTrue(Ui.sync(editor::isDirty), "with the move still to be saved");
		assertEquals("千代田", currentTown(), "nothing was recorded");
	}

	@Test
	void discardClosesWithoutRecordingTheMove() {
		typeAMove("61728394128", "中村", "ナカムラ", "2026-11-20");
		assertTrue(guardsAnswer(askToClose("Discard")), "the window closes at once");
		assertFalse(closed.get(), "without waiting for a save");
		assertEquals("千代田", currentTown(), "the move typed was not recorded");
	}

	/** A resident of 千代田 with the Individual Number of {@code base}, opened from the search, with a move to 外神田 typed as of {@code movedOn} and not saved. */
	private void typeAMove(String base, String family, String familyKana, String movedOn) {
		resident = Fixtures.resident(family, "和子", familyKana, "カズコ", base);
		Composite form = RunningWorkbench.openResident(familyKana + "カズコ", family + "\u3000和子");
		editor = RunningWorkbench.activeEditor();
		Ui.sync(() -> {
			field(form, "postalCode").setText("1010021");
			field(form, "town").setText("外神田");
			field(form, "setOn").setText(movedOn);
		});
		assertTrue(Ui.sync(editor::isDirty));
	}

	/** Closes the window through the guard and answers its question with {@code answer}; the guard's answer comes later. */
	private AtomicReference<Boolean> askToClose(String answer) {
		WindowCloseGuard guard = new WindowCloseGuard(RunningWorkbench.windowContext().get(IdleLock.class),
				RunningWorkbench.windowContext().get(EPartService.class), () -> {
					townWhenClosed.set(currentTown());
					dirtyWhenClosed.set(editor.isDirty());
					closed.set(true);
				});
		AtomicReference<Boolean> closes = new AtomicReference<>();
		Ui.async(() -> closes.set(guard.close(RunningWorkbench.mainWindow())));
		Shell question = Ui.shell("Unsaved changes");
		Ui.sync(() -> Ui.press(Ui.button(question, answer)));
		Ui.waitUntilClosed(question);
		return closes;
	}

	/** Whether the guard let the window close. */
	private static boolean guardsAnswer(AtomicReference<Boolean> closes) {
		return Ui.waitFor("the guard's answer", () -> closes.get() != null) && closes.get();
	}

	private String currentTown() {
		List<AddressEntry> addresses = RunningWorkbench.session().register().residents().open(resident).getAddresses();
		return addresses.get(addresses.size() - 1).getAddress().getTown();
	}

	private static Text field(Composite editor, String feature) {
		return Ui.find(editor, Text.class, text -> feature.equals(text.getData("feature")));
	}
}
