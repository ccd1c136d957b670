package org.madoguchi.model.tests;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;

/** A well-formed resident to start each validation test from. */
final class Residents {

	static Resident yamadaHanako() {
		ModelFactory factory = ModelFactory.eINSTANCE;
		Resident resident = factory.createResident();
		resident.setFamilyName("山田");
		resident.setGivenName("花子");
		resident.setFamilyNameKana("ヤマダ");
		resident.setGivenNameKana("ハナコ");
		resident.setBirthDate(LocalDate.of(1990, 10, 10));
		resident.setSex(Sex.FEMALE);
		resident.setIndividualNumber("123456789018");
		Address address = factory.createAddress();
		address.setPostalCode("1000001");
		address.setPrefecture("東京都");
		address.setMunicipalityCode("131016");
		address.setMunicipalityName("千代田区");
		address.setTown("千代田");
		address.setChome("1丁目");
		address.setNumber("1番1号");
		address.setNumberStyle(AddressNumberStyle.RESIDENCE_INDICATION);
		AddressEntry entry = factory.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(LocalDate.of(2020, 4, 1));
		entry.setNotifiedOn(LocalDate.of(2020, 4, 3));
		entry.setNotification(NotificationKind.MOVE_IN);
		resident.getAddresses().add(entry);
		return resident;
	}

	private Residents() {
	}
}
