package org.madoguchi.ui.internal.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.OperatorAccounts.Account;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.ui.internal.Widgets;
import org.madoguchi.ui.internal.session.Session;

/**
 * Window > Operators and File > Change Password on a register with logins, driven as a supervisor
 * clicks them: an operator is added, the last supervisor keeps the role, an operator is disabled,
 * and the supervisor's own password is changed; an open demo register has no passwords to change.
 */
class OperatorsDialogTest {

	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private DatabaseLocation location;
	private Session session;

	@BeforeEach
	void aRegisterWithItsSupervisor() {
		display = Display.getDefault();
		shell = new Shell(display);
		location = DatabaseLocation.of(folder.resolve("register").toString());
		session = new Session(location, Register.initSecure(location, "sato", "佐藤 花子", "madoguchi-2026".toCharArray(), "テスト市役所"));
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	@Test
	void theSupervisorAddsAClerkKeepsTheLastSupervisorAndDisablesTheClerk() {
		assertTrue(new OperatorHandlers.Operators().canExecute(session));
		OperatorsDialog dialog = new OperatorsDialog(shell, session);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell window = dialog.getShell();
		Table table = Widgets.find(window, Table.class).get(0);
		Widgets.waitFor("the list", () -> table.getItemCount() == 1);
		assertEquals(List.of("sato", "佐藤 花子", "supervisor", "active"), row(table, 0));

		answering("Add Operator", add -> {
			List<Text> fields = Widgets.texts(add);
			fields.get(0).setText("suzuki");
			fields.get(1).setText("鈴木 一郎");
			fields.get(2).setText("counter-2026");
			fields.get(3).setText("counter-2025");
			assertFalse(button(add, "OK").isEnabled(), "two different passwords are refused as they are typed");
			assertTrue(Widgets.find(add, Label.class).stream().anyMatch(label -> label.getText().equals("The two passwords differ.")));
			fields.get(3).setText("counter-2026");
			press(button(add, "OK"));
		}, () -> press(button(window, "Add...")));
		Widgets.waitFor("the clerk listed", () -> table.getItemCount() == 2);
		assertEquals("Operator suzuki added as clerk.", said(window));
		assertEquals(List.of("suzuki", "鈴木 一郎", "clerk", "active"), row(table, 1));

		select(table, 0);
		answering("Change Role", role -> {
			Combo roles = Widgets.find(role, Combo.class).get(0);
			roles.select(0);
			press(button(role, "OK"));
		}, () -> press(button(window, "Change Role...")));
		Widgets.waitFor("the refusal", () -> said(window).startsWith("sato is the last active supervisor"));
		assertEquals("supervisor", session.register().operators().list().get(0).role(), "the last supervisor keeps the role");

		select(table, 1);
		answering("Disable", question -> press(button(question, "Yes")), () -> press(button(window, "Disable")));
		Widgets.waitFor("the clerk disabled", () -> table.getItemCount() == 2 && row(table, 1).get(3).equals("disabled"));
		assertEquals("Operator suzuki disabled.", said(window));
		assertFalse(session.register().operators().list().stream().filter(account -> account.id().equals("suzuki")).anyMatch(Account::active));
		dialog.close();
	}

	@Test
	void theOperatorChangesTheirOwnPasswordAndLogsInWithIt() {
		OperatorHandlers.ChangePassword handler = new OperatorHandlers.ChangePassword();
		assertTrue(handler.canExecute(session));
		answering("Change Password", asked -> {
			List<Text> fields = Widgets.texts(asked);
			fields.get(0).setText("madoguchi-2027");
			fields.get(1).setText("madoguchi-2027");
			press(button(asked, "OK"));
		}, () -> handler.execute(session, shell));
		boolean[] told = new boolean[1];
		whenShown("Change Password", shown -> Widgets.find(shown, Label.class).stream().anyMatch(label -> label.getText().equals("Your password was changed.")),
				shown -> {
					told[0] = true;
					press(button(shown, "OK"));
				});
		Widgets.waitFor("the operator told the password was changed", () -> told[0]);
		session.close();
		try (Register again = Register.open(location, new Login("sato", "madoguchi-2027"::toCharArray))) {
			assertEquals("sato", again.operator().id());
		}
		assertThrowsRefusal(() -> Register.open(location, new Login("sato", "madoguchi-2026"::toCharArray)).close());
		session = new Session(location, Register.open(location, new Login("sato", "madoguchi-2027"::toCharArray)));
	}

	@Test
	void anOpenDemoRegisterHasNoPasswordToChange() {
		DatabaseLocation demo = DatabaseLocation.of(folder.resolve("demo").toString());
		try (Session open = new Session(demo, Register.openOrCreateDemo(demo, Login.none()))) {
			assertFalse(new OperatorHandlers.ChangePassword().canExecute(open));
		}
	}

	private static void assertThrowsRefusal(Runnable login) {
		try {
			login.run();
			fail("the old password still opens the register");
		} catch (ServiceException refused) {
			assertNotNull(refused.getMessage());
		}
	}

	/** Runs {@code opening}, which opens a modal dialog titled {@code title}, and answers it with {@code answer} as it shows. */
	private void answering(String title, Consumer<Shell> answer, Runnable opening) {
		whenShown(title, shown -> true, answer);
		opening.run();
	}

	/**
	 * Answers the dialog titled {@code title} that {@code is} recognises as soon as it shows: it is
	 * looked for between events, so that a dialog opened in its own event loop is answered there.
	 */
	private void whenShown(String title, Predicate<Shell> is, Consumer<Shell> answer) {
		display.timerExec(50, new Runnable() {
			@Override
			public void run() {
				for (Shell open : display.getShells()) {
					if (open.isVisible() && title.equals(open.getText()) && is.test(open)) {
						answer.accept(open);
						return;
					}
				}
				display.timerExec(50, this);
			}
		});
	}

	private static List<String> row(Table table, int index) {
		return List.of(table.getItem(index).getText(0), table.getItem(index).getText(1), table.getItem(index).getText(2),
				table.getItem(index).getText(3));
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		table.notifyListeners(SWT.Selection, new Event());
	}

	/** What the dialog says was done, or why not. */
	private static String said(Shell window) {
		return Widgets.find(window, Label.class).stream().filter(label -> label.getData("said") != null).findFirst().orElseThrow().getText();
	}

	private static Button button(Shell shell, String text) {
		return Widgets.find(shell, Button.class).stream().filter(button -> button.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	private static void press(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}
}
