package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.Address;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.values.Addresses;
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
	void everyCodeOnTheListIsAcceptedAsACode() {
		for (LocalGovernment each : LocalGovernments.all()) {
			assertEquals(each.code(), LocalGovernmentCode.normalize(each.code()), each.toString());
		}
	}

	@Test
	void theListIsInCodeOrderAndHoldsEachCodeOnce() {
		List<String> codes = LocalGovernments.all().stream().map(LocalGovernment::code).toList();
		assertEquals(codes.stream().sorted().distinct().toList(), codes);
	}

	@Test
	void theListHoldsTheFortySevenPrefecturesTheirMunicipalitiesAndTheWardsOfTheDesignatedCities() {
		List<LocalGovernment> prefectures = LocalGovernments.all().stream().filter(LocalGovernment::isPrefecture).toList();
		assertEquals(47, prefectures.size());
		// The sheet of 2024-01-01: 1,747 municipalities (the 23 special wards, the designated cities, 市町村)
		assertEquals(1747, LocalGovernments.all().stream().filter(each -> !each.isPrefecture() && !each.isWard()).count());
		// The sheet of designated cities of 2024-01-01: 171 wards of 20 cities
		assertEquals(171, LocalGovernments.all().stream().filter(LocalGovernment::isWard).count());
		assertEquals(47 + 1747 + 171, LocalGovernments.all().size());
	}

	@Test
	void everyDesignatedCityHasItsWards() {
		Map<String, Long> wards = LocalGovernments.all().stream().filter(LocalGovernment::isWard)
				.collect(Collectors.groupingBy(each -> LocalGovernments.find(each.city()).orElseThrow().name(), TreeMap::new,
						Collectors.counting()));
		Map<String, Long> expected = new TreeMap<>(Map.ofEntries(Map.entry("札幌市", 10L), Map.entry("仙台市", 5L),
				Map.entry("さいたま市", 10L), Map.entry("千葉市", 6L), Map.entry("横浜市", 18L), Map.entry("川崎市", 7L),
				Map.entry("相模原市", 3L), Map.entry("新潟市", 8L), Map.entry("静岡市", 3L), Map.entry("浜松市", 3L),
				Map.entry("名古屋市", 16L), Map.entry("京都市", 11L), Map.entry("大阪市", 24L), Map.entry("堺市", 7L),
				Map.entry("神戸市", 9L), Map.entry("岡山市", 4L), Map.entry("広島市", 8L), Map.entry("北九州市", 7L),
				Map.entry("福岡市", 7L), Map.entry("熊本市", 5L)));
		assertEquals(expected, wards);
		for (LocalGovernment ward : LocalGovernments.all().stream().filter(LocalGovernment::isWard).toList()) {
			LocalGovernment city = LocalGovernments.find(ward.city()).orElseThrow();
			assertFalse(city.isWard(), ward.toString());
			assertEquals(city.prefecture(), ward.prefecture(), ward.toString());
			assertTrue(ward.name().startsWith(city.name()) && ward.name().endsWith("区"), ward.toString());
			assertTrue(ward.kana().startsWith(city.kana()) && ward.kana().endsWith("ｸ"), ward.toString());
		}
	}

	@Test
	void aWardHasTheCityInItsNameAndReading() {
		assertEquals(new LocalGovernment("011011", "北海道", "札幌市中央区", "ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ", "011002"), LocalGovernments.find("011011").orElseThrow());
		assertEquals(new LocalGovernment("141011", "神奈川県", "横浜市鶴見区", "ﾖｺﾊﾏｼﾂﾙﾐｸ", "141003"), LocalGovernments.find("141011").orElseThrow());
		assertEquals(new LocalGovernment("271021", "大阪府", "大阪市都島区", "ｵｵｻｶｼﾐﾔｺｼﾞﾏｸ", "271004"), LocalGovernments.find("271021").orElseThrow());
		assertEquals(new LocalGovernment("431052", "熊本県", "熊本市北区", "ｸﾏﾓﾄｼｷﾀｸ", "431001"), LocalGovernments.find("431052").orElseThrow());
		assertTrue(LocalGovernments.find("011011").orElseThrow().isWard());
		assertEquals("141011", LocalGovernmentCode.normalize("141011"));
	}

	@Test
	void anAddressInAWardReadsFromThePrefectureThroughTheCityAndTheWard() {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPrefecture("北海道");
		address.setMunicipalityCode("011011");
		address.setTown("北一条西");
		address.setChome("2丁目");
		address.setNumber("1番地");
		assertEquals("札幌市中央区", Addresses.municipalityName(address));
		assertEquals("北海道札幌市中央区北一条西2丁目1番地", Addresses.text(address));
	}

	@Test
	void aDesignatedCityAndTheSpecialWardsOfTokyoAreNoWards() {
		LocalGovernment sapporo = LocalGovernments.find("011002").orElseThrow();
		assertFalse(sapporo.isWard());
		assertNull(sapporo.city());
		assertFalse(LocalGovernments.find("131016").orElseThrow().isWard()); // 千代田区
		assertFalse(LocalGovernments.find("131024").orElseThrow().isWard()); // 中央区
		assertFalse(LocalGovernments.find("010006").orElseThrow().isWard());
	}

	@Test
	void hamamatsuHasTheWardsOfItsReorganisationOnTheDayOfTheList() {
		// On 2024-01-01 浜松市's seven wards became three: 中央区, 浜名区 and 天竜区 (which took a new code)
		assertEquals("浜松市中央区", LocalGovernments.find("221384").orElseThrow().name());
		assertEquals("浜松市浜名区", LocalGovernments.find("221392").orElseThrow().name());
		assertEquals("浜松市天竜区", LocalGovernments.find("221406").orElseThrow().name());
		assertTrue(LocalGovernments.find("221317").isEmpty()); // 浜松市中区
		assertTrue(LocalGovernments.find("221376").isEmpty()); // 天竜区's code before
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
