package org.madoguchi.exchange.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a resident file record by record, without loading it: quoted fields with commas, quotes
 * and line breaks, CRLF or LF, a UTF-8 BOM. The header row must name known columns only, each
 * once, and every required column. In a file meant for Excel (a UTF-8 BOM, or CP932) a formula
 * neutralised by {@link ResidentFileWriter} is read as it was before.
 */
public final class ResidentFileReader implements Iterator<CsvRow>, AutoCloseable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final List<String> header;
	/** Whether the file is in an encoding meant for Excel, whose neutralised formulas are restored. */
	private final boolean fromExcel;
	private long nextLine;

	private ResidentFileReader(CSVParser parser, boolean fromExcel) {
		this.parser = parser;
		this.fromExcel = fromExcel;
		this.records = parser.iterator();
		if (!records.hasNext()) {
			throw ResidentFileException.of("header.missing");
		}
		this.header = header(records.next());
		this.nextLine = parser.getCurrentLineNumber() + 1;
	}

	/** Opens the file in the given encoding (see {@link Encodings#detect}) and checks its header. */
	public static ResidentFileReader open(Path file, Charset encoding) {
		try {
			Reader reader = Files.newBufferedReader(file, encoding);
			boolean bom = encoding.name().equals("UTF-8") && Encodings.hasUtf8Bom(file);
			if (bom) {
				reader.skip(1);
			}
			return new ResidentFileReader(FORMAT.parse(reader), bom || encoding.equals(Encodings.CP932));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	private static List<String> header(CSVRecord record) {
		List<String> names = new ArrayList<>();
		Set<Column> seen = EnumSet.noneOf(Column.class);
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).strip().toLowerCase(Locale.ROOT);
			Column column = Column.ofHeader(name).orElseThrow(() -> ResidentFileException.of("header.unknown", name, names.size() + 1));
			if (!seen.add(column)) {
				throw ResidentFileException.of("header.duplicate", name);
			}
			names.add(name);
		}
		for (Column column : Column.values()) {
			if (column.required() && !seen.contains(column)) {
				throw ResidentFileException.of("header.required", column.header());
			}
		}
		return List.copyOf(names);
	}

	/** The header row as read. */
	public List<String> header() {
		return header;
	}

	@Override
	public boolean hasNext() {
		try {
			return records.hasNext();
		} catch (UncheckedIOException e) {
			throw ResidentFileException.of("file.broken", nextLine, e.getCause().getMessage());
		}
	}

	@Override
	public CsvRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CSVRecord record = records.next();
		long line = nextLine;
		nextLine = parser.getCurrentLineNumber() + 1;
		return CsvRow.of(line, header, record.toList(), fromExcel);
	}

	@Override
	public void close() {
		try {
			parser.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
