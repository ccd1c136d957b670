package org.madoguchi.app.tests;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.service.MoveIn;
import org.madoguchi.service.Register;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.testing.ResidentBuilder;

/**
 * What a UI test needs in the register before it starts, recorded through the service as another
 * desk would. The tests share one register: each brings its own people, by Individual Numbers and
 * card numbers no other test uses, so that any test runs alone or in any order.
 */
final class Fixtures {

	private Fixtures() {
	}

	/** The Individual Number of 11 base digits and their check digit. */
	static String number(String base) {
		return base + IndividualNumber.checkDigit(base);
	}

	/** A Japanese man born 1980-05-05, not yet in the register. */
	static Resident person(String family, String given, String familyKana, String givenKana, String number) {
		Resident person = ResidentBuilder.resident(family, given, familyKana, givenKana).born(LocalDate.of(1980, 5, 5)).sex(Sex.MALE).national()
				.number(number).build();
		person.setNationality("JPN");
		return person;
	}

	/** A resident of 千代田 1番1号 (postal code 1000001) since 2012, with the Individual Number of {@code base}; returns their id. */
	static long resident(String family, String given, String familyKana, String givenKana, String base) {
		Resident resident = person(family, given, familyKana, givenKana, number(base));
		resident.getAddresses().add(ChiyodaAddresses.entry(ChiyodaAddresses.address("1000001", "千代田", null, "1番1号"), LocalDate.of(2012, 4, 1), 3,
				NotificationKind.MOVE_IN));
		return register().residents().register(resident);
	}

	/** A card applied for online on 2026-10-01, produced as {@code serial} on 2026-11-10, and issued; returns its id. */
	static long issuedCard(long residentId, String serial) {
		long card = register().cards().apply(residentId, LocalDate.of(2026, 10, 1), ApplicationChannel.ONLINE);
		register().cards().recordProduction(card, serial, LocalDate.of(2026, 11, 10));
		register().cards().readyForPickup(card);
		register().cards().issue(card);
		return card;
	}

	/** An issued card the person brings, produced on {@code issuedOn}, its application received a month before. */
	static BroughtCard broughtCard(String serial, LocalDate issuedOn) {
		return new BroughtCard(serial, issuedOn, issuedOn.minusMonths(1), CardStatus.ISSUED);
	}

	/**
	 * A move-in from Osaka to 丸の内 1丁目2番2号 on 2026-11-10, notified in time, into a household of
	 * the person's own, with the card the person brings (none when {@code card} is null).
	 */
	static MoveIn moveIn(Resident person, BroughtCard card) {
		return new MoveIn(person, address("1000005", "131016", "千代田区", "丸の内", "2番2号"), address("5300001", "271276", "大阪市北区", "梅田", "1番1号"),
				LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 12), null, null, card);
	}

	private static Address address(String postalCode, String municipalityCode, String municipality, String town, String number) {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode(postalCode);
		address.setPrefecture(municipalityCode.startsWith("13") ? "東京都" : "大阪府");
		address.setMunicipalityCode(municipalityCode);
		address.setMunicipalityName(municipality);
		address.setTown(town);
		address.setChome("1丁目");
		address.setNumber(number);
		return address;
	}

	private static Register register() {
		return RunningWorkbench.session().register();
	}
}
