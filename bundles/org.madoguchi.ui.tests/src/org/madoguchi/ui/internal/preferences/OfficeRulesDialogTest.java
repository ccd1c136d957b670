package org.madoguchi.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AccessLogRules;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Widgets;
import org.madoguchi.ui.internal.session.Session;

/**
 * Window > Office Rules on a register with logins: the municipality, the login rules and the
 * access-log rules a supervisor sets, as the office commands set them; a wrong code or office
 * hours that close before they open are said as they are typed, and OK waits.
 */
class OfficeRulesDialogTest {

	@TempDir
	Path folder;

	private Shell shell;
	private Session session;
	private Register register;

	@BeforeEach
	void aRegisterWithItsSupervisor() {
		shell = new Shell(Display.getDefault());
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("register").toString());
		register = Register.initSecure(location, "sato", "佐藤 花子", "madoguchi-2026".toCharArray(), "テスト市役所");
		session = new Session(location, register);
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	@Test
	void theSupervisorSetsTheOfficesRules() {
		OfficeRulesDialog dialog = open();
		List<Text> fields = Widgets.texts(dialog.getShell());
		List<Spinner> spinners = Widgets.find(dialog.getShell(), Spinner.class);
		assertEquals(List.of("", "08:00", "19:00"), fields.stream().map(Text::getText).toList(), "the defaults, and no municipality yet");
		fields.get(0).setText("131016");
		spinners.get(0).setSelection(3);
		fields.get(1).setText("08:30");
		fields.get(2).setText("17:15");
		spinners.get(3).setSelection(20);
		dialog.okPressed();
		Widgets.waitFor("the rules written and the dialog closed", () -> dialog.getShell() == null);
		assertEquals("131016", register.settings().municipality().orElseThrow());
		assertEquals(new LoginRules(3, 15, 12), register.settings().loginRules());
		assertEquals(new AccessLogRules(LocalTime.of(8, 30), LocalTime.of(17, 15), 20, 30), register.settings().accessLogRules());
	}

	@Test
	void aWrongCodeAndHoursThatCloseBeforeTheyOpenAreSaidAsTheyAreTyped() {
		OfficeRulesDialog dialog = open();
		List<Text> fields = Widgets.texts(dialog.getShell());
		fields.get(0).setText("131017");
		assertFalse(ok(dialog).isEnabled());
		assertEquals("Wrong check digit of the local government code: the last digit is 7, it should be 6.", said(dialog));
		fields.get(0).setText("131016");
		fields.get(1).setText("18:00");
		fields.get(2).setText("09:00");
		assertFalse(ok(dialog).isEnabled());
		assertEquals("Office hours are times such as 08:00 and 19:00, opening before closing.", said(dialog));
		fields.get(2).setText("19:00");
		assertTrue(ok(dialog).isEnabled());
		dialog.close();
		assertTrue(register.settings().municipality().isEmpty(), "nothing is written before OK");
	}

	private OfficeRulesDialog open() {
		OfficeRulesDialog dialog = new OfficeRulesDialog(shell, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static Button ok(OfficeRulesDialog dialog) {
		return Widgets.find(dialog.getShell(), Button.class).stream().filter(button -> button.getText().equals("OK")).findFirst().orElseThrow();
	}

	/** The line below the fields that says what is wrong. */
	private static String said(OfficeRulesDialog dialog) {
		List<Label> labels = Widgets.find(dialog.getShell(), Label.class);
		return labels.get(labels.size() - 1).getText();
	}
}
