package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.values.LocalGovernment;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.LocalGovernments;

/** The shipped list of local government codes. */
class LocalGovernmentsTest {

	@Test
	void everyCodeOnTheListPassesTheCheckDigit() {
		for (LocalGovernment each : LocalGovernments.all()) {
			assertEquals(each.code().charAt(5) - '0', LocalGovernmentCode.checkDigit(each.code()), each.toString());
		}
	}

	@Test
	void theListHoldsTheFortySevenPrefecturesAndTheirMunicipalities() {
		List<LocalGovernment> prefectures = LocalGovernments.all().stream().filter(LocalGovernment::isPrefecture).toList();
		assertEquals(47, prefectures.size());
		// The sheet of 2024-01-01: 1,747 municipalities (the 23 special wards, the designated cities, 市町村)
		assertEquals(1747, LocalGovernments.all().size() - prefectures.size());
	}

	@Test
	void aMunicipalityHasItsNameReadingAndPrefecture() {
		LocalGovernment chiyoda = LocalGovernments.find("131016").orElseThrow();
		assertEquals(new LocalGovernment("131016", "東京都", "千代田区", "ﾁﾖﾀﾞｸ"), chiyoda);
		assertFalse(chiyoda.isPrefecture());
		assertEquals("北海道", LocalGovernments.find("017001").orElseThrow().prefecture());
		assertEquals("那覇市", LocalGovernments.find("472018").orElseThrow().name());
		assertTrue(LocalGovernments.find("130001").orElseThrow().isPrefecture());
	}

	@Test
	void aCodeNotOnTheListIsNotFound() {
		assertTrue(LocalGovernments.find("100030").isEmpty());
		assertTrue(LocalGovernments.find(null).isEmpty());
	}
}
