package org.madoguchi.ui.internal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterQueries.Counts;
import org.madoguchi.ui.internal.Widgets;
import org.madoguchi.ui.internal.session.Session;

/** Reports > Register Statistics lists what {@code stats} counts, each card status in the workbench's words. */
class StatisticsDialogTest {

	@TempDir
	Path folder;

	private Shell shell;
	private Session session;

	@BeforeEach
	void aDemoRegisterOf1200Residents() {
		shell = new Shell(Display.getDefault());
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("demo").toString());
		session = new Session(location, Register.openOrCreateDemo(location, Login.none()));
		session.register().demo().fill(1_200, 5, Progress.NONE);
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	@Test
	void theDialogListsTheRegistersCounts() {
		Counts counts = session.register().queries().counts();
		StatisticsDialog dialog = new StatisticsDialog(shell, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Table table = Widgets.find(dialog.getShell(), Table.class).get(0);
		Widgets.waitFor("the counts", () -> table.getItemCount() > 0);
		List<String> lines = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			lines.add(item.getText(0) + " = " + item.getText(1));
		}
		assertEquals("Residents = 1,200", lines.get(0), "counted with the locale's grouping");
		assertEquals("Households = " + String.format("%,d", counts.households()), lines.get(1));
		assertTrue(lines.contains("Cards issued = " + String.format("%,d", counts.cards().get("issued"))), lines.toString());
		assertTrue(lines.contains("Cards ready for pickup = " + String.format("%,d", counts.cards().get("ready"))), lines.toString());
		assertEquals("Civil servants (masking cards) = " + counts.civilServants(), lines.get(lines.size() - 1));
		dialog.close();
	}
}
