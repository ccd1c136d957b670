package org.madoguchi.ui.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.ui.internal.Widgets;

/**
 * The dialogs of start-up, driven in their package: the login checks the password before it
 * closes, and the first-run wizard fills a demo register.
 */
class StartupDialogsTest {

	@TempDir
	Path folder;

	private Shell shell;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	@Test
	void loginRefusesAWrongPasswordInTheDialogAndOpensTheRegisterWithTheRightOne() throws Exception {
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("register").toString());
		Register.initSecure(location, "sato", "佐藤 花子", "madoguchi-2026".toCharArray(), "テスト市役所").close();
		LoginDialog login = new LoginDialog(shell, location, false);
		login.create();
		try {
			List<Text> fields = Widgets.texts(login.getShell());
			fields.get(0).setText("sato");
			fields.get(1).setText("wrong password");
			login.okPressed();
			assertNull(login.register());
			assertEquals("Unknown operator or wrong password.", login.getErrorMessage());
			assertEquals("", fields.get(1).getText(), "the wrong password is cleared");
			fields.get(1).setText("madoguchi-2026");
			login.okPressed();
			assertNotNull(login.register());
			assertEquals(Role.SUPERVISOR, login.register().operator().role());
			assertEquals("Madoguchi — テスト市役所 — 佐藤 花子 (supervisor)", new Session(location, login.register()).windowTitle());
		} finally {
			if (login.register() != null) {
				login.register().close();
			}
		}
	}

	@Test
	void firstRunWizardFillsADemoRegisterWithTheOfficeName() {
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("demo").toString());
		FirstRunWizard wizard = new FirstRunWizard(location);
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.create();
		Widgets.texts(dialog.getShell()).get(0).setText("研修センター");
		Spinner residents = Widgets.find(dialog.getShell(), Spinner.class).get(0);
		residents.setSelection(30);
		assertTrue(wizard.canFinish(), "the demo register needs no supervisor page");
		assertTrue(wizard.performFinish());
		try (Register register = wizard.register()) {
			assertTrue(register.isDemo());
			assertEquals("研修センター", register.office());
			assertEquals(30, register.queries().counts().residents());
		}
		assertTrue(location.exists(), "the register is on disk");
		dialog.close();
	}
}
