package org.madoguchi.service.tests;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.service.Register;

/** Residents a clerk registers in the service tests. */
final class People {

	static Resident resident(String family, String given, String familyKana, String givenKana, LocalDate birth, String number) {
		Resident resident = ModelFactory.eINSTANCE.createResident();
		resident.setFamilyName(family);
		resident.setGivenName(given);
		resident.setFamilyNameKana(familyKana);
		resident.setGivenNameKana(givenKana);
		resident.setBirthDate(birth);
		resident.setSex(Sex.MALE);
		resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		resident.setIndividualNumber(number);
		resident.getAddresses().add(move("丸の内", "1番1号", LocalDate.of(2010, 4, 1), NotificationKind.MOVE_IN));
		return resident;
	}

	static AddressEntry move(String town, String number, LocalDate on, NotificationKind kind) {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode("100-0005");
		address.setPrefecture("東京都");
		address.setMunicipalityCode("131016");
		address.setMunicipalityName("千代田区");
		address.setTown(town);
		address.setChome("1丁目");
		address.setNumber(number);
		address.setNumberStyle(AddressNumberStyle.RESIDENCE_INDICATION);
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(on);
		entry.setNotifiedOn(on.plusDays(5));
		entry.setNotification(kind);
		return entry;
	}

	/** Applies for, produces, readies and issues a card of the resident (applied 2024-11-01, issued 2024-12-01); returns its id. */
	static long issuedCard(Register register, long resident, String serial) {
		long card = register.cards().apply(resident, LocalDate.of(2024, 11, 1), ApplicationChannel.COUNTER);
		register.cards().recordProduction(card, serial, LocalDate.of(2024, 12, 1));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		return card;
	}

	private People() {
	}
}
