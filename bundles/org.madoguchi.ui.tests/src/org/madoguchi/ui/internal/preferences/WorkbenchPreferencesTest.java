package org.madoguchi.ui.internal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.service.ServiceException;

/** The register a workstation opens is the office's: a supervisor moves it, every workstation follows. */
class WorkbenchPreferencesTest {

	@TempDir
	Path folder;

	private final WorkbenchPreferences preferences = new WorkbenchPreferences();
	private String before;

	@BeforeEach
	void remember() {
		before = preferences.database();
	}

	@AfterEach
	void restore() {
		InstanceScope.INSTANCE.getNode(WorkbenchPreferences.NODE).put(WorkbenchPreferences.DATABASE, before);
	}

	@Test
	void aWorkstationOpensTheRegisterWhereASupervisorMovedIt() {
		try (Register register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("demo").toString()), Login.none())) {
			register.settings().setRegisterLocation("/srv/madoguchi/register");
			preferences.follow(register);
			assertEquals("/srv/madoguchi/register", preferences.database());
		}
	}

	@Test
	void aClerkCannotMoveTheRegisterOfTheWorkstation() {
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "千代田区役所")) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
		}
		try (Register clerk = Register.open(location, new Login("suzuki", "clerk-password"::toCharArray))) {
			assertThrows(ServiceException.class, () -> preferences.moveRegister(clerk, "/tmp/elsewhere"));
			assertEquals(before, preferences.database(), "the workstation still opens the office's register");
		}
	}
}
