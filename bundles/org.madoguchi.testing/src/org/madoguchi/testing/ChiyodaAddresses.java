package org.madoguchi.testing;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;

/** Addresses in 東京都千代田区 (local government code 131016), where the tests' residents live. */
public final class ChiyodaAddresses {

	/** An address by residence indication (住居表示: {@code 1番1号}). */
	public static Address address(String postalCode, String town, String chome, String number) {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode(postalCode);
		address.setPrefecture("東京都");
		address.setMunicipalityCode("131016");
		address.setMunicipalityName("千代田区");
		address.setTown(town);
		address.setChome(chome);
		address.setNumber(number);
		address.setNumberStyle(AddressNumberStyle.RESIDENCE_INDICATION);
		return address;
	}

	/** An entry of the address history: lived there from {@code setOn}, notified {@code daysLater}. */
	public static AddressEntry entry(Address address, LocalDate setOn, int daysLater, NotificationKind notification) {
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(setOn);
		entry.setNotifiedOn(setOn.plusDays(daysLater));
		entry.setNotification(notification);
		return entry;
	}

	private ChiyodaAddresses() {
	}
}
