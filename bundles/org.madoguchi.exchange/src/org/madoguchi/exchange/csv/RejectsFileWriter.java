package org.madoguchi.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rejects file of an import (UTF-8 CSV): a header, then one row per rejected input row with
 * its line number, the column(s), the reason in Japanese and in English, and the row as read.
 */
public final class RejectsFileWriter {

	/** One rejected row. {@code original} is the row as {@link #encode} stored it. */
	public record Reject(long line, String columns, String reasonJapanese, String reasonEnglish, String original) {
	}

	/** The row's values as one CSV line, to keep with the reject until the file is written. */
	public static String encode(List<String> values) {
		try (StringWriter text = new StringWriter(); CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
			printer.printRecord(values);
			printer.flush();
			return text.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> decode(String original) {
		try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(original))) {
			return parser.getRecords().stream().findFirst().map(record -> record.toList()).orElse(List.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static void write(Path file, List<String> inputHeader, List<Reject> rejects) {
		try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>(List.of("line", "column", "reason_ja", "reason_en"));
			header.addAll(inputHeader);
			printer.printRecord(header);
			for (Reject reject : rejects) {
				List<String> row = new ArrayList<>(List.of(String.valueOf(reject.line()), reject.columns(), reject.reasonJapanese(),
						reject.reasonEnglish()));
				row.addAll(decode(reject.original()));
				printer.printRecord(row);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the rejects file " + file, e);
		}
	}

	private RejectsFileWriter() {
	}
}
