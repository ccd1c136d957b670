package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.Login;
import org.madoguchi.service.OperatorAccounts;
import org.madoguchi.service.OperatorAccounts.Account;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Role;

/** A supervisor lists, disables and changes the roles of operators; each changes their own password; all audited. */
class OperatorAccountsTest {

	@TempDir
	Path folder;

	private DatabaseLocation location;

	@BeforeEach
	void office() {
		location = DatabaseLocation.of(folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
	}

	private Register as(String operator, String password) {
		return Register.open(location, new Login(operator, password::toCharArray), TestDay.CLOCK);
	}

	private List<String> operations(Register register) {
		return register.queries().audit(null, null, 1000).stream().map(AuditEntry::operation).toList();
	}

	@Test
	void aDisabledOperatorIsListedButCannotLogInAndTheirKeyIsGone() throws Exception {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			OperatorAccounts operators = supervisor.operators();
			operators.disable("suzuki");
			assertEquals(List.of(new Account("sato", "佐藤", "supervisor", true), new Account("suzuki", "鈴木", "clerk", false),
					new Account("tanaka", "田中", "auditor", true)), operators.list());
			assertEquals("The operator suzuki is disabled already.", assertThrows(ServiceException.class, () -> operators.disable("suzuki"))
					.getMessage());
			assertEquals("There is no operator nobody.", assertThrows(ServiceException.class, () -> operators.disable("nobody")).getMessage());
			assertEquals("disable-operator", operations(supervisor).get(operations(supervisor).size() - 1));
		}
		assertEquals("login.failed", assertThrows(ServiceException.class, () -> as("suzuki", "clerk-password")).problem().key());
		assertFalse(Files.readString(location.folder().resolve("keys.properties")).contains("suzuki="),
				"their password no longer unwraps the database key");
	}

	@Test
	void theLastActiveSupervisorCanBeNeitherDisabledNorDemoted() {
		try (Register supervisor = as("sato", "supervisor-pass")) {
			OperatorAccounts operators = supervisor.operators();
			String last = "sato is the last active supervisor: make another operator supervisor first, so that someone can still supervise.";
			assertEquals(last, assertThrows(ServiceException.class, () -> operators.disable("sato")).getMessage());
			assertEquals(last, assertThrows(ServiceException.class, () -> operators.changeRole("sato", Role.CLERK)).getMessage());
			operators.changeRole("suzuki", Role.SUPERVISOR);
			operators.changeRole("sato", Role.AUDITOR);
			assertEquals("sato: supervisor to auditor", supervisor.queries().audit(null, null, 1000).stream()
					.filter(entry -> entry.operation().equals("change-role")).toList().get(1).detail());
		}
		try (Register auditor = as("sato", "supervisor-pass")) {
			assertEquals(Role.AUDITOR, auditor.operator().role());
			assertEquals("The operator sato (auditor) may not list operators.",
					assertThrows(ServiceException.class, () -> auditor.operators().list()).getMessage());
		}
	}

	@Test
	void anOperatorChangesTheirOwnPasswordWhichThenOpensTheRegister() {
		try (Register clerk = as("suzuki", "clerk-password")) {
			OperatorAccounts own = clerk.operators();
			assertEquals("The password must have at least 12 characters.",
					assertThrows(ServiceException.class, () -> own.changeOwnPassword("too-short"::toCharArray)).getMessage());
			own.changeOwnPassword("a-longer-counter-passphrase"::toCharArray);
			assertEquals("The operator suzuki (clerk) may not disable operators.",
					assertThrows(ServiceException.class, () -> own.disable("tanaka")).getMessage());
		}
		assertEquals("login.failed", assertThrows(ServiceException.class, () -> as("suzuki", "clerk-password")).problem().key());
		try (Register clerk = as("suzuki", "a-longer-counter-passphrase")) {
			assertEquals("change-password", operations(as("tanaka", "auditor-password")).stream()
					.filter(operation -> operation.equals("change-password")).findFirst().orElseThrow());
		}
	}
}
