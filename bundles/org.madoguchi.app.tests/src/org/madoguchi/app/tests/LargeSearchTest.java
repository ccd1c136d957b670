package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * A search with thousands of hits: the list shows its first rows and the total at once, reads the
 * rows further down only when they are scrolled to, and a resident opened from it fills their
 * editor once the record is read, the editor having opened without waiting for it.
 */
class LargeSearchTest {

	private static final int RESIDENTS = 3_000;
	private static final String KANA = "ツキシマ";
	private static final String LOADING = "Reading the record…";

	@BeforeAll
	static void thousandsOfTsukishimas() throws InterruptedException, IOException {
		RunningWorkbench.get();
		// the search is the register's: whoever a test before left at the counter (an auditor) hands it back
		if (!RunningWorkbench.session().register().operator().id().equals(RunningWorkbench.SUPERVISOR)) {
			RunningWorkbench.handTo(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		}
		StringBuilder csv = new StringBuilder("individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
				+ "postal_code,prefecture,municipality_code,town,address_number\n");
		for (int index = 0; index < RESIDENTS; index++) {
			String base = String.format("7301%07d", index);
			csv.append(base).append(IndividualNumber.checkDigit(base)).append(",月島,").append("第").append(index).append(',').append(KANA)
					.append(",ダイ,1990-01-01,女,1040052,東京都,131024,月島,").append(index % 4 + 1).append("丁目").append(index + 1).append("番\n");
		}
		Path file = Files.createTempFile("tsukishima", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		// the supervisor imports them from another desk, whoever is at the counter
		try (Register supervisor = Register.open(RunningWorkbench.session().location(),
				new Login(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD::toCharArray))) {
			supervisor.imports().importFile(file, "UTF-8", Files.createTempFile("tsukishima", ".rejects.csv"), Progress.NONE);
		}
	}

	@Test
	void theListShowsTheTotalAndItsFirstRowsThenScrollsToTheLastOne() {
		Table results = search();
		Ui.waitFor("the total", () -> Ui.find(RunningWorkbench.mainShell(), Label.class, label -> label.getText().equals("3,000 residents")));
		assertEquals(RESIDENTS, Ui.sync(results::getItemCount));
		List<ResidentView> expected = RunningWorkbench.session().register().queries().search(KANA, RESIDENTS, 0, false);
		Ui.waitFor("the first row", () -> results.getItem(0).getText(0).equals(expected.get(0).name()));
		assertEquals(expected.get(0).address(), Ui.sync(() -> results.getItem(0).getText(1)));
		int last = RESIDENTS - 1;
		Ui.sync(() -> results.setTopIndex(last));
		Ui.waitFor("the last row", () -> results.getItem(last).getText(0).equals(expected.get(last).name()));
		assertEquals(expected.get(last).address(), Ui.sync(() -> results.getItem(last).getText(1)));
		assertEquals(expected.get(last).maskedNumber(), Ui.sync(() -> results.getItem(last).getText(2)), "masked, as every row");
	}

	@Test
	void theEditorOpensAtOnceAndFillsWhenTheRecordIsRead() {
		Table results = search();
		int last = RESIDENTS - 1;
		Ui.waitFor("all of them found", () -> results.getItemCount() == RESIDENTS);
		ResidentView resident = RunningWorkbench.session().register().queries().search(KANA, 1, last, false).get(0);
		Ui.sync(() -> results.setTopIndex(last));
		Ui.waitFor("the last row", () -> results.getItem(last).getText(0).equals(resident.name()));
		// one turn of the UI thread opens the editor: the record cannot have been read on it, so the editor says it is on its way
		Opening opening = Ui.sync(() -> {
			results.setFocus();
			results.setSelection(last);
			results.notifyListeners(SWT.DefaultSelection, new Event());
			MPart editor = RunningWorkbench.windowContext().get(EPartService.class).getActivePart();
			Composite page = (Composite) editor.getWidget();
			return new Opening(editor.getElementId(), page, Ui.find(page, Label.class, label -> label.getText().equals(LOADING)) != null,
					Ui.find(page, Label.class, label -> "individualNumber".equals(label.getData("field"))) != null);
		});
		assertEquals(ModelIds.RESIDENT_EDITOR, opening.partId());
		assertTrue(opening.saysLoading(), "the editor says the record is on its way");
		assertFalse(opening.showsNumber(), "nothing of the record is shown yet");
		Composite page = opening.page();
		assertEquals(resident.maskedNumber(), Ui.sync(Ui.number(page)::getText), "the record came and fills the editor");
		assertNull(Ui.sync(() -> Ui.find(page, Label.class, label -> label.getText().equals(LOADING))), "and no longer says it is on its way");
	}

	/** What the editor showed in the turn of the UI thread that opened it. */
	private record Opening(String partId, Composite page, boolean saysLoading, boolean showsNumber) {
	}

	private static Table search() {
		Shell main = RunningWorkbench.mainShell();
		Ui.sync(() -> Ui.find(main, Text.class, text -> (text.getStyle() & SWT.SEARCH) != 0).setText(KANA));
		return Ui.sync(() -> Ui.find(main, Table.class, table -> (table.getStyle() & SWT.VIRTUAL) != 0));
	}
}
