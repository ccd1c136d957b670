package org.madoguchi.exchange.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.PersonNames;

/**
 * Writes residents in the resident file format (all columns, in order): the current address,
 * the household, and the newest card. What it writes, {@link ResidentRowParser} reads back. In a
 * file meant for Excel a value that Excel would run as a formula is neutralised ({@link FormulaGuard}).
 */
public final class ResidentFileWriter implements AutoCloseable {

	private final CSVPrinter printer;
	/** Null for a Unicode encoding, which writes every character. */
	private final CharsetEncoder encoder;
	/** Whether the file is meant for Excel (with a BOM, or in CP932): formulas are neutralised. */
	private final boolean forExcel;

	private ResidentFileWriter(CSVPrinter printer, Charset encoding, boolean byteOrderMark) {
		this.printer = printer;
		this.encoder = encoding.name().startsWith("UTF-") ? null : encoding.newEncoder();
		this.forExcel = byteOrderMark || encoder != null;
	}

	public static ResidentFileWriter create(Path file, Charset encoding, boolean byteOrderMark) {
		try {
			Writer writer = Files.newBufferedWriter(file, encoding);
			if (byteOrderMark) {
				writer.write('\ufeff');
			}
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
			List<String> header = new ArrayList<>();
			for (Column column : Column.values()) {
				header.add(column.header());
			}
			printer.printRecord(header);
			return new ResidentFileWriter(printer, encoding, byteOrderMark);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file, e);
		}
	}

	public void write(Resident resident) {
		AddressEntry current = resident.getAddresses().get(resident.getAddresses().size() - 1);
		Address address = current.getAddress();
		HouseholdMember member = resident.getHousehold();
		MyNumberCard card = resident.getCards().isEmpty() ? null : resident.getCards().get(resident.getCards().size() - 1);
		List<String> values = List.of(text(resident.getIndividualNumber()), text(resident.getResidentCode()),
				text(resident.getFamilyName()), text(resident.getGivenName()), text(resident.getFamilyNameKana()),
				text(resident.getGivenNameKana()), text(resident.getRomanName()), date(resident.getBirthDate()),
				resident.getSex() == Sex.MALE ? "male" : "female", text(resident.getNationality()),
				resident.getResidenceStatus().getLiteral(), date(resident.getResidenceUntil()), text(address.getPostalCode()),
				text(address.getPrefecture()), text(address.getMunicipalityCode()), text(address.getTown()) + text(address.getChome()),
				text(address.getNumber()), text(address.getBuilding()), date(current.getSetOn()),
				member == null ? "" : text(((Household) member.eContainer()).getId()),
				member == null ? "" : text(member.getRelationship()), card == null ? "" : text(card.getSerial()),
				card == null || card.getApplication() == null ? "" : date(card.getApplication().getReceivedOn()),
				card == null ? "" : date(card.getIssuedOn()), card == null ? "" : card.getStatus().getLiteral());
		checkEncodable(resident, values);
		try {
			printer.printRecord(forExcel ? values.stream().map(FormulaGuard::neutralise).toList() : values);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Refuses a character the file's encoding lacks (CP932 has no 𠮷): the encoder would stop in
	 * the middle of a line, and replacing the character would change the resident's name.
	 */
	private void checkEncodable(Resident resident, List<String> values) {
		if (encoder == null) {
			return;
		}
		for (Column column : Column.values()) {
			String value = values.get(column.ordinal());
			if (!encoder.canEncode(value)) {
				int character = value.codePoints().filter(point -> !encoder.canEncode(Character.toString(point))).findFirst().orElseThrow();
				throw ResidentFileException.of("encoding.unwritable", String.valueOf(resident.getId()), PersonNames.of(resident), Character.toString(character),
						String.format("U+%04X", character), column.header(), Encodings.label(encoder.charset()));
			}
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	@Override
	public void close() {
		try {
			printer.close(true);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
