package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.madoguchi.service.AuditOperation;

/** The audit view reads 個人番号の表示 / Show number, not the stored code show-number. */
class AuditOperationTest {

	@Test
	void everyOperationReadsInJapaneseAndInEnglish() {
		for (AuditOperation operation : AuditOperation.values()) {
			String english = operation.label(Locale.ROOT);
			String japanese = operation.label(Locale.JAPANESE);
			assertFalse(english.isBlank(), operation.code());
			assertNotEquals(english, japanese, operation.code() + " has no Japanese label");
			assertEquals(operation, AuditOperation.ofCode(operation.code()).orElseThrow());
		}
	}

	@Test
	void aStoredCodeReadsAsItsLabel() {
		assertEquals("個人番号の表示", AuditOperation.labelOf("show-number", Locale.JAPANESE));
		assertEquals("Show number", AuditOperation.labelOf("show-number", Locale.ENGLISH));
		assertEquals("転入", AuditOperation.labelOf("move-in", Locale.JAPANESE));
	}

	@Test
	void aCodeOfANewerVersionIsShownAsItIs() {
		assertEquals("sync-reply", AuditOperation.labelOf("sync-reply", Locale.JAPANESE));
	}
}
