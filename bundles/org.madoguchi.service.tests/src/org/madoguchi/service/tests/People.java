package org.madoguchi.service.tests;

import static org.madoguchi.testing.ChiyodaAddresses.address;
import static org.madoguchi.testing.ChiyodaAddresses.entry;

import java.time.LocalDate;

import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.service.Register;
import org.madoguchi.testing.ResidentBuilder;

/** Residents a clerk registers in the service tests: men who moved to 丸の内 in 2010. */
final class People {

	static Resident resident(String family, String given, String familyKana, String givenKana, LocalDate birth, String number) {
		return ResidentBuilder.resident(family, given, familyKana, givenKana).born(birth).sex(Sex.MALE).national().number(number)
				.livingAt(move("丸の内", "1番1号", LocalDate.of(2010, 4, 1), NotificationKind.MOVE_IN)).build();
	}

	static AddressEntry move(String town, String number, LocalDate on, NotificationKind kind) {
		return entry(address("100-0005", town, "1丁目", number), on, 5, kind);
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
