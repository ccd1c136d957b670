package org.madoguchi.exchange.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
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

/**
 * Writes residents in the resident file format (all columns, in order): the current address,
 * the household, and the newest card. What it writes, {@link ResidentRowParser} reads back.
 */
public final class ResidentFileWriter implements AutoCloseable {

	private final CSVPrinter printer;

	private ResidentFileWriter(CSVPrinter printer) {
		this.printer = printer;
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
			return new ResidentFileWriter(printer);
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
		try {
			printer.printRecord(values);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
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
