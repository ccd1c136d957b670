package org.madoguchi.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.exchange.csv.Column;
import org.madoguchi.exchange.csv.CsvRow;
import org.madoguchi.exchange.csv.Encodings;
import org.madoguchi.exchange.csv.ResidentFileException;
import org.madoguchi.exchange.csv.ResidentFileReader;

class ResidentFileReaderTest {

	@TempDir
	Path folder;

	private List<CsvRow> read(String content) throws Exception {
		Path file = Files.write(folder, "residents.csv", content, StandardCharsets.UTF_8);
		List<CsvRow> rows = new ArrayList<>();
		try (ResidentFileReader reader = ResidentFileReader.open(file, Encodings.detect(file))) {
			reader.forEachRemaining(rows::add);
		}
		return rows;
	}

	@Test
	void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesAreCountedFromTheFile() throws Exception {
		List<CsvRow> rows = read(Files.HEADER + "\r\n"
				+ "123456789018,\"鈴木, Jr.\",\"次郎\r\n二行目\",スズキ,\"ジ\"\"ロウ\",1980-01-01,男,1000001,東京都,131016,千代田,1番1号\r\n"
				+ "023456789013,山田,花子,ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016,千代田,1番2号\r\n");
		assertEquals(2, rows.size());
		assertEquals("鈴木, Jr.", rows.get(0).get(Column.FAMILY_NAME));
		assertEquals("次郎\r\n二行目", rows.get(0).get(Column.GIVEN_NAME));
		assertEquals("ジ\"ロウ", rows.get(0).get(Column.GIVEN_NAME_KANA));
		assertEquals(2, rows.get(0).line());
		assertEquals(4, rows.get(1).line());
	}

	@Test
	void columnsMayComeInAnyOrderAndLfLineEndsWork() throws Exception {
		List<CsvRow> rows = read("town,address_number,family_name,family_name_kana,given_name_kana,birth_date,sex,postal_code,prefecture,"
				+ "municipality_code\n千代田,1番1号,山田,ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016\n");
		assertEquals("山田", rows.get(0).get(Column.FAMILY_NAME));
		assertEquals("", rows.get(0).get(Column.INDIVIDUAL_NUMBER));
	}

	@Test
	void headerNamesIgnoreCaseAndSurroundingSpaces() throws Exception {
		List<CsvRow> rows = read(" Individual_Number ,FAMILY_NAME," + Files.HEADER.substring(Files.HEADER.indexOf("given_name,"))
				+ "\n123456789018,山田,花子,ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016,千代田,1番1号\n");
		assertEquals("123456789018", rows.get(0).get(Column.INDIVIDUAL_NUMBER));
		assertEquals("山田", rows.get(0).get(Column.FAMILY_NAME));
	}

	@Test
	void unknownDuplicateOrMissingColumnsStopTheFile() {
		ResidentFileException unknown = assertThrows(ResidentFileException.class, () -> read(Files.HEADER + ",favourite_colour\n"));
		assertEquals("Unknown column \"favourite_colour\" (column 13 of the header).", unknown.getMessage());
		assertEquals("header.duplicate", assertThrows(ResidentFileException.class, () -> read(Files.HEADER + ",sex\n")).problem().key());
		ResidentFileException missing = assertThrows(ResidentFileException.class,
				() -> read(Files.HEADER.replace(",birth_date", "") + "\n"));
		assertEquals("The header has no column \"birth_date\", which is required.", missing.getMessage());
		assertEquals("header.missing", assertThrows(ResidentFileException.class, () -> read("")).problem().key());
	}

	@Test
	void encodingIsDetectedAsUtf8WithOrWithoutBomOrCp932() throws Exception {
		String content = Files.HEADER + "\n123456789018,髙橋,一郎,ﾀｶﾊｼ,イチロウ,1980-01-01,男,1000001,東京都,131016,千代田,①番\n";
		Path utf8 = Files.write(folder, "utf8.csv", content, StandardCharsets.UTF_8);
		Path bom = Files.write(folder, "bom.csv", "\ufeff" + content, StandardCharsets.UTF_8);
		Path cp932 = Files.write(folder, "sjis.csv", content, Encodings.CP932);
		assertEquals(StandardCharsets.UTF_8, Encodings.detect(utf8));
		assertEquals(StandardCharsets.UTF_8, Encodings.detect(bom));
		assertEquals(Encodings.CP932, Encodings.detect(cp932));
		for (Path file : List.of(utf8, bom, cp932)) {
			try (ResidentFileReader reader = ResidentFileReader.open(file, Encodings.detect(file))) {
				CsvRow row = reader.next();
				assertEquals("123456789018", row.get(Column.INDIVIDUAL_NUMBER), file.toString());
				assertEquals("髙橋", row.get(Column.FAMILY_NAME), file.toString());
				assertEquals("①番", row.get(Column.ADDRESS_NUMBER), file.toString());
			}
		}
		assertEquals("encoding.wrong", assertThrows(ResidentFileException.class,
				() -> Encodings.require(cp932, StandardCharsets.UTF_8)).problem().key());
	}

	@Test
	void anUnterminatedQuoteIsAnErrorNamingTheLine() {
		ResidentFileException broken = assertThrows(ResidentFileException.class,
				() -> read(Files.HEADER + "\n123456789018,\"山田,花子,ヤマダ,ハナコ,1980-01-01,女,1000001,東京都,131016,千代田,1\n"));
		assertEquals("file.broken", broken.problem().key());
	}

	@Test
	void aFormulaNeutralisedForExcelIsReadAsItWasButOnlyInFilesForExcel() throws Exception {
		String content = Files.HEADER + "\n123456789018,'=HYPERLINK(1),'plain,ヤマダ,''@twice,1980-01-01,女,1000001,東京都,131016,千代田,'-\n";
		for (Charset excel : List.of(Encodings.CP932, StandardCharsets.UTF_8)) {
			String text = excel.equals(Encodings.CP932) ? content : "\ufeff" + content;
			Path file = Files.write(folder, "excel.csv", text, excel);
			try (ResidentFileReader reader = ResidentFileReader.open(file, excel)) {
				CsvRow row = reader.next();
				assertEquals("=HYPERLINK(1)", row.get(Column.FAMILY_NAME));
				assertEquals("'plain", row.get(Column.GIVEN_NAME), "a quote before no formula is the value's own");
				assertEquals("'@twice", row.get(Column.GIVEN_NAME_KANA));
				assertEquals("-", row.get(Column.ADDRESS_NUMBER));
				assertEquals("'=HYPERLINK(1)", row.original().get(1), "the row as read keeps the quote (for the rejects file)");
			}
		}
		assertEquals("'=HYPERLINK(1)", read(content).get(0).get(Column.FAMILY_NAME), "a plain UTF-8 file is read as it is");
	}
}
