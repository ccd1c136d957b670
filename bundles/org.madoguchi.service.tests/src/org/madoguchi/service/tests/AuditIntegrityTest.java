package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.AuditVerification;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Role;

/** Verifying the audit trail: the auditor's and the supervisor's; a backup of a broken trail is not restored. */
class AuditIntegrityTest {

	@TempDir
	Path folder;

	private DatabaseLocation at(String name) {
		return DatabaseLocation.of(folder.resolve(name).toString());
	}

	@Test
	void anAuditorVerifiesAndAClerkMayNot() {
		try (Register supervisor = Register.initSecure(at("office"), "sato", "佐藤", "supervisor-pass".toCharArray(), "", TestDay.CLOCK)) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
		try (Register auditor = Register.open(at("office"), new Login("tanaka", "auditor-password"::toCharArray), TestDay.CLOCK)) {
			AuditVerification verification = auditor.auditIntegrity().verify();
			assertTrue(verification.intact(), verification.message().english());
			// init, two operators added, the auditor's login
			assertEquals(4, verification.verified());
			assertEquals(verification.newestEntry(), verification.entryId());
			assertEquals("監査ログは改ざんされていません。最初の記録から最新の記録 " + verification.entryId() + " 番まで 4 件を検証しました。",
					verification.message().in(Locale.JAPANESE));
		}
		try (Register clerk = Register.open(at("office"), new Login("suzuki", "clerk-password"::toCharArray), TestDay.CLOCK)) {
			ServiceException refused = assertThrows(ServiceException.class, () -> clerk.auditIntegrity().verify());
			assertEquals("The operator suzuki (clerk) may not verify the audit trail.", refused.getMessage());
		}
	}

	@Test
	void theBackupOfATrailChangedInTheFileIsNotRestored() throws Exception {
		Path backup = folder.resolve("tampered.zip");
		try (Register register = Register.openOrCreateDemo(at("source"), Login.none(), TestDay.CLOCK)) {
			register.demo().fill(3, 1, Progress.NONE);
			register.queries().showNumber(1);
			register.queries().showNumber(2);
		}
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + folder.resolve("source").resolve("madoguchi"), credentials);
				Statement statement = connection.createStatement()) {
			statement.execute("delete from audit_entry where operation = 'show-number' and resident_id = 1");
		}
		try (Register register = Register.open(at("source"), Login.none(), TestDay.CLOCK)) {
			register.backups().backup(backup);
		}
		ServiceException refused = assertThrows(ServiceException.class, () -> Register.restore(backup, at("copy"), Login.none()));
		assertTrue(refused.getMessage().startsWith(backup + " was not restored: its audit trail breaks at entry "), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("(entries were removed or changed). Nothing was created."), refused.getMessage());
		assertTrue(refused.problem().japanese().contains("記録の削除または変更"), refused.problem().japanese());
		assertFalse(Files.exists(folder.resolve("copy").resolve("madoguchi.mv.db")), "nothing was restored");
	}
}
