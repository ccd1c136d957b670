package org.madoguchi.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.exchange.csv.CellProblem;
import org.madoguchi.exchange.csv.Column;
import org.madoguchi.exchange.csv.Encodings;
import org.madoguchi.exchange.csv.ParsedRow;
import org.madoguchi.exchange.csv.ResidentFileReader;
import org.madoguchi.exchange.csv.ResidentRowParser;
import org.madoguchi.model.Address;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.TextFields;

/** Every column rule of the resident file. */
class ResidentRowParserTest {

	private static final String FULL_HEADER = "individual_number,resident_code,family_name,given_name,family_name_kana,given_name_kana,"
			+ "roman_name,birth_date,sex,nationality,residence_status,residence_until,postal_code,prefecture,municipality_code,town,"
			+ "address_number,building,address_since,household_id,relationship,card_serial,card_applied_on,card_issued_on,card_status";

	@TempDir
	Path folder;

	private ParsedRow parse(String row) throws Exception {
		Path file = Files.write(folder, "row.csv", FULL_HEADER + "\n" + row + "\n", StandardCharsets.UTF_8);
		try (ResidentFileReader reader = ResidentFileReader.open(file, Encodings.detect(file))) {
			return new ResidentRowParser(LocalDate.of(2026, 11, 27), "batch").parse(reader.next());
		}
	}

	private static String row(String number, String birth, String sex, String kana, String card) {
		return number + ",98765432109,山田,花子,ヤマダ," + kana + ",," + birth + "," + sex + ",JPN,,,〒100-0001,東京都,131016,千代田1丁目,1番1号,"
				+ "窓口ハイツ101,R2.4.1,H-1,世帯主," + card;
	}

	private static List<Column> columns(ParsedRow parsed) {
		return parsed.problems().stream().map(CellProblem::column).toList();
	}

	@Test
	void aGoodRowBecomesAResidentWithNormalizedValues() throws Exception {
		ParsedRow parsed = parse(row("１２３４ ５６７８ ９０１８", "昭和55年10月10日", "女", "ﾊﾅｺ", "AB1,2020-04-20,2020-05-15,issued"));
		assertTrue(parsed.isValid(), parsed.problems().toString());
		Resident resident = parsed.resident();
		assertEquals("123456789018", resident.getIndividualNumber());
		assertEquals(LocalDate.of(1980, 10, 10), resident.getBirthDate());
		assertEquals(Sex.FEMALE, resident.getSex());
		assertEquals("ﾊﾅｺ", resident.getGivenNameKana(), "readings are stored as entered");
		assertEquals("1000001", resident.getAddresses().get(0).getAddress().getPostalCode());
		assertEquals(LocalDate.of(2020, 4, 1), resident.getAddresses().get(0).getSetOn());
		assertEquals(ResidenceStatus.NATIONAL, resident.getResidenceStatus());
		assertEquals(CardStatus.ISSUED, resident.getCards().get(0).getStatus());
		assertEquals(LocalDate.of(2020, 4, 20), resident.getCards().get(0).getApplication().getReceivedOn());
		assertEquals("世帯主", resident.getHousehold().getRelationship());
	}

	@Test
	void theAddressIsNamedFromItsCodeAndKeepsTheChomeApartFromTheTown() throws Exception {
		Address address = parse(row("123456789018", "1980-01-01", "女", "ハナコ", ",,,")).resident().getAddresses().get(0).getAddress();
		assertEquals("千代田区", address.getMunicipalityName());
		assertEquals("千代田", address.getTown());
		assertEquals("1丁目", address.getChome());
		assertEquals("東京都千代田区千代田1丁目1番1号\u3000窓口ハイツ101", Addresses.text(address));
	}

	@Test
	void aTownWithoutChomeStaysWhole() throws Exception {
		Address address = parse(row("123456789018", "1980-01-01", "女", "ハナコ", ",,,").replace("千代田1丁目", "九段南"))
				.resident().getAddresses().get(0).getAddress();
		assertEquals("九段南", address.getTown());
		assertNull(address.getChome());
	}

	@Test
	void aRowOfAWardOfADesignatedCityIsNamedFromTheWardsCode() throws Exception {
		ParsedRow parsed = parse(row("123456789018", "1980-01-01", "女", "ハナコ", ",,,")
				.replace("〒100-0001,東京都,131016,千代田1丁目,1番1号,", "〒230-0051,神奈川県,141011,鶴見中央3丁目,20番1号,"));
		assertEquals(List.of(), parsed.problems());
		Address address = parsed.resident().getAddresses().get(0).getAddress();
		assertEquals("141011", address.getMunicipalityCode());
		assertEquals("横浜市鶴見区", address.getMunicipalityName());
		assertEquals("神奈川県横浜市鶴見区鶴見中央3丁目20番1号\u3000窓口ハイツ101", Addresses.text(address));
	}

	@Test
	void aCodeNoLocalGovernmentHasIsRefusedInItsColumn() throws Exception {
		ParsedRow parsed = parse(row("123456789018", "1980-01-01", "女", "ハナコ", ",,,").replace(",131016,", ",100030,"));
		assertEquals(List.of(Column.MUNICIPALITY_CODE), columns(parsed));
		assertEquals("localGovernmentCode.unknown", parsed.problems().get(0).problem().key());
	}

	@Test
	void sexIsMaleFemaleOrKanji() throws Exception {
		assertEquals(Sex.MALE, parse(row("123456789018", "1980-01-01", "male", "ハナコ", ",,,")).resident().getSex());
		assertEquals(Sex.MALE, parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",,,")).resident().getSex());
		assertEquals(List.of(Column.SEX), columns(parse(row("123456789018", "1980-01-01", "f", "ハナコ", ",,,"))));
		assertEquals(List.of(Column.SEX), columns(parse(row("123456789018", "1980-01-01", "", "ハナコ", ",,,"))));
	}

	@Test
	void eraDatesAtEraBoundaries() throws Exception {
		assertEquals(LocalDate.of(1989, 1, 7), parse(row("123456789018", "昭和64年1月7日", "男", "ハナコ", ",,,")).resident().getBirthDate());
		assertEquals(LocalDate.of(1989, 1, 8), parse(row("123456789018", "H1.1.8", "男", "ハナコ", ",,,")).resident().getBirthDate());
		assertEquals(LocalDate.of(2019, 4, 30), parse(row("123456789018", "平成31年4月30日", "男", "ハナコ", ",,,")).resident().getBirthDate());
		assertEquals(LocalDate.of(2019, 5, 1), parse(row("123456789018", "R01.05.01", "男", "ハナコ", ",,,")).resident().getBirthDate());
		ParsedRow missing = parse(row("123456789018", "平成31年5月1日", "男", "ハナコ", ",,,"));
		assertEquals(List.of(Column.BIRTH_DATE), columns(missing));
		assertEquals("「平成31年5月1日」は存在しません（平成の期間外の日付です）。", missing.problems().get(0).problem().japanese());
		assertEquals(List.of(Column.BIRTH_DATE), columns(parse(row("123456789018", "2099-01-01", "男", "ハナコ", ",,,"))));
	}

	@Test
	void numbersAndCodesAreChecked() throws Exception {
		assertEquals(List.of(Column.INDIVIDUAL_NUMBER), columns(parse(row("123456789010", "1980-01-01", "男", "ハナコ", ",,,"))));
		assertEquals(List.of(Column.MUNICIPALITY_CODE),
				columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",,,").replace(",131016,", ",131017,"))));
		assertEquals(List.of(Column.POSTAL_CODE),
				columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",,,").replace("〒100-0001", "100-001"))));
		assertEquals(List.of(Column.RESIDENT_CODE),
				columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",,,").replace("98765432109", "1234"))));
		assertNull(parse(row("", "1980-01-01", "男", "ハナコ", ",,,")).resident().getIndividualNumber());
	}

	@Test
	void kanaColumnsTakeHiraganaKatakanaAndHalfWidthButNotKanji() throws Exception {
		assertTrue(parse(row("123456789018", "1980-01-01", "男", "はなこ", ",,,")).isValid());
		assertTrue(parse(row("123456789018", "1980-01-01", "男", "ﾊﾅｺ", ",,,")).isValid());
		assertEquals(List.of(Column.GIVEN_NAME_KANA), columns(parse(row("123456789018", "1980-01-01", "男", "花子", ",,,"))));
	}

	@Test
	void foreignResidentsNeedAStatusAndAPeriodWhereTheStatusHasOne() throws Exception {
		String engineer = "621498320257,,NGUYEN,VAN AN,グエン,ヴァン アン,NGUYEN VAN AN,1995-03-02,male,vnm,engineer,2027-03-31,"
				+ "1000005,東京都,131016,丸の内,3番4号,,,,,,,,";
		ParsedRow parsed = parse(engineer);
		assertTrue(parsed.isValid(), parsed.problems().toString());
		assertEquals("VNM", parsed.resident().getNationality());
		assertEquals(List.of(Column.RESIDENCE_UNTIL), columns(parse(engineer.replace("2027-03-31", ""))));
		assertEquals(List.of(Column.RESIDENCE_STATUS), columns(parse(engineer.replace("engineer", "tourist"))));
		String singleName = "621498320257,,SUKARNO,,スカルノ,,SUKARNO,1960-01-01,male,IDN,permanent,,1000005,東京都,131016,丸の内,3番4号,,,,,,,,";
		assertTrue(parse(singleName).isValid(), parse(singleName).problems().toString());
	}

	@Test
	void cardColumnsFollowTheLifecycle() throws Exception {
		assertEquals(List.of(Column.CARD_STATUS), columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", "AB1,2020-01-01,,"))));
		assertEquals(List.of(Column.CARD_STATUS), columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", "AB1,,,lost"))));
		assertEquals(List.of(Column.CARD_ISSUED_ON), columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", "AB1,2020-01-01,,issued"))));
		ParsedRow applied = parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",2024-01-10,,applied"));
		assertTrue(applied.isValid(), applied.problems().toString());
		assertNull(applied.resident().getCards().get(0).getIssuedOn());
		assertEquals(List.of(Column.CARD_ISSUED_ON),
				columns(parse(row("123456789018", "1980-01-01", "男", "ハナコ", "AB1,2020-05-01,2020-04-01,issued"))));
	}

	@Test
	void aRowWithMoreOrFewerFieldsThanTheHeaderIsRefused() throws Exception {
		ParsedRow extra = parse(row("123456789018", "1980-01-01", "男", "ハナコ", ",,,") + ",surplus");
		assertEquals("The row has 26 fields, but the header names 25 columns.", extra.problems().get(0).problem().english());
		assertEquals("(row)", extra.problems().get(0).columnName());
		assertEquals(null, columns(parse("123456789018,98765432109,山田")).get(0));
	}

	@Test
	void everyRowProblemIsReportedNotJustTheFirst() throws Exception {
		ParsedRow parsed = parse(row("123456789010", "1980-02-30", "?", "ハナコ", ",,,").replace("山田", ""));
		assertEquals(List.of(Column.INDIVIDUAL_NUMBER, Column.FAMILY_NAME, Column.BIRTH_DATE, Column.SEX), columns(parsed));
	}

	/** A good row with a card and a household, cell by cell in the order of the full header. */
	private static List<String> goodCells() {
		return new ArrayList<>(List.of("123456789018", "98765432109", "山田", "花子", "ヤマダ", "ハナコ", "", "1980-01-01", "男", "JPN", "", "",
				"〒100-0001", "東京都", "131016", "千代田1丁目", "1番1号", "窓口ハイツ101", "R2.4.1", "H-1", "世帯主", "AB1", "2020-04-20",
				"2020-05-15", "issued"));
	}

	/** The cells as one CSV record, each quoted (so that line breaks stay inside their field). */
	private static String quoted(List<String> cells) {
		return cells.stream().map(cell -> '"' + cell.replace("\"", "\"\"") + '"').collect(Collectors.joining(","));
	}

	private ParsedRow parseWith(Column column, String value) throws Exception {
		List<String> cells = goodCells();
		cells.set(column.ordinal(), value);
		return parse(quoted(cells));
	}

	@Test
	void theGoodRowOfTheseTestsIsGood() throws Exception {
		ParsedRow parsed = parse(quoted(goodCells()));
		assertTrue(parsed.isValid(), parsed.problems().toString());
	}

	@ParameterizedTest
	@EnumSource(Column.class)
	void aControlCharacterInAnyColumnRejectsTheRowNamingItVisibly(Column column) throws Exception {
		String good = goodCells().get(column.ordinal());
		String value = good.isEmpty() ? "x\u001b]0;pwned\u0007" : good.charAt(0) + "\u001b]0;pwned\u0007" + good.substring(1);
		ParsedRow parsed = parseWith(column, value);
		assertEquals(List.of(column), columns(parsed));
		assertEquals("text.control", parsed.problems().get(0).problem().key());
		String english = parsed.problems().get(0).problem().english();
		assertEquals("Control character U+001B in " + column.header() + " (character 2): only visible text is kept.", english);
		assertFalse(parsed.problems().get(0).problem().japanese().contains("\u001b"));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0x00, 0x07, 0x08, 0x09, 0x0a, 0x0d, 0x1b, 0x7f, 0x85, 0x9b, 0x9d, 0x2028, 0x2029 })
	void everyKindOfControlCharacterIsRefused(int control) throws Exception {
		ParsedRow parsed = parseWith(Column.FAMILY_NAME, "山" + Character.toString(control) + "田");
		assertEquals(List.of(Column.FAMILY_NAME), columns(parsed));
		assertEquals(String.format("Control character U+%04X in family_name (character 2): only visible text is kept.", control),
				parsed.problems().get(0).problem().english());
	}

	@ParameterizedTest
	@EnumSource(Column.class)
	void aValueLongerThanItsColumnRejectsTheRow(Column column) throws Exception {
		ParsedRow parsed = parseWith(column, "1".repeat(column.maxLength() + 1));
		assertEquals(List.of(column), columns(parsed));
		assertEquals("text.tooLong", parsed.problems().get(0).problem().key());
	}

	@Test
	void namesMayBeAsLongAsTheRegisterKeepsThemAndNoLonger() throws Exception {
		assertEquals(TextFields.of(Literals.RESIDENT__FAMILY_NAME).maximum(), Column.FAMILY_NAME.maxLength());
		ParsedRow longest = parseWith(Column.FAMILY_NAME, "山".repeat(100));
		assertTrue(longest.isValid(), longest.problems().toString());
		ParsedRow tooLong = parseWith(Column.FAMILY_NAME, "山".repeat(9_000));
		assertEquals("Too long: family_name has 9,000 characters; the register keeps at most 100.",
				tooLong.problems().get(0).problem().english());
		assertEquals("長すぎます: family_nameは9,000文字ですが、登録できるのは100文字までです。", tooLong.problems().get(0).problem().japanese());
	}
}
