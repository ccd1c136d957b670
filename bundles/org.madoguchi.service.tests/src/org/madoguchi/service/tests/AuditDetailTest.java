package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.madoguchi.testing.ChiyodaAddresses.address;
import static org.madoguchi.testing.ChiyodaAddresses.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.Role;

/**
 * An audit entry's detail reads in the reader's language, while the trail keeps the English text
 * its hash chain covers (and the command line prints).
 */
class AuditDetailTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	@Test
	void theDetailReadsInJapaneseAndIsKeptInEnglish() {
		try (Register register = Register.initSecure(DatabaseLocation.of(folder.resolve("office").toString()), "sato", "佐藤",
				"supervisor-pass".toCharArray(), "", RegisterClock.fixedAt(TODAY))) {
			long sato = register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			register.queries().showNumber(sato);
			register.changes().moveWithin(ChangeTarget.of(sato), entry(address("101-0044", "鍛冶町", "1丁目", "2番2号"), LocalDate.of(2026, 10, 20), 20, NotificationKind.MOVE_WITHIN));
			register.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password-1".toCharArray());

			List<AuditEntry> entries = register.queries().audit(null, null, 100);
			AuditEntry shown = first(entries, "show-number");
			assertEquals("displayed the Individual Number", shown.detail(), "kept in English");
			assertEquals("個人番号を表示", shown.detail(Locale.JAPANESE));
			assertEquals("displayed the Individual Number", shown.detail(Locale.ENGLISH));

			AuditEntry moved = first(entries, "move-within");
			assertEquals("move-within on 2026-10-20, notified 2026-11-09, 6 days late", moved.detail());
			assertEquals("転居（2026-10-20、届出 2026-11-09、届出期間経過 6日）", moved.detail(Locale.JAPANESE), "the change's kind by its Japanese name");

			AuditEntry added = first(entries, "add-operator");
			assertEquals("suzuki (clerk)", added.detail());
			assertEquals("suzuki（窓口担当）", added.detail(Locale.JAPANESE), "the role by its Japanese name, not its code");
		}
	}

	private static AuditEntry first(List<AuditEntry> entries, String operation) {
		return entries.stream().filter(entry -> entry.operation().equals(operation)).findFirst().orElseThrow(() -> new AssertionError(operation));
	}
}
