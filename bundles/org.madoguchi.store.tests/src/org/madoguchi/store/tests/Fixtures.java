package org.madoguchi.store.tests;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.testing.ResidentBuilder;

/** Residents for the store's tests. */
final class Fixtures {

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	static Resident resident(String family, String given, String familyKana, String givenKana, String number) {
		return ResidentBuilder.resident(family, given, familyKana, givenKana).born(LocalDate.of(1980, 10, 10)).sex(Sex.FEMALE)
				.national().number(number).livingAt(entry(address("千代田", "1丁目", "1番1号"), LocalDate.of(2015, 4, 1), NotificationKind.REGISTRATION))
				.build();
	}

	static Address address(String town, String chome, String number) {
		Address address = ChiyodaAddresses.address("1000001", town, chome, number);
		address.setBuilding("窓口ハイツ101");
		return address;
	}

	static AddressEntry entry(Address address, LocalDate setOn, NotificationKind notification) {
		return ChiyodaAddresses.entry(address, setOn, 3, notification);
	}

	static void joinHousehold(Resident resident, String code, String relationship) {
		Household household = FACTORY.createHousehold();
		household.setId(code);
		HouseholdMember member = FACTORY.createHouseholdMember();
		member.setRelationship(relationship);
		household.getMembers().add(member);
		member.setResident(resident);
	}

	static MyNumberCard issuedCard(String serial) {
		MyNumberCard card = FACTORY.createMyNumberCard();
		CardApplication application = FACTORY.createCardApplication();
		application.setReceivedOn(LocalDate.of(2020, 4, 1));
		application.setChannel(ApplicationChannel.ONLINE);
		card.setApplication(application);
		card.setSerial(serial);
		card.setStatus(CardStatus.ISSUED);
		card.setIssuedOn(LocalDate.of(2020, 5, 15));
		card.setExpiresOn(LocalDate.of(2029, 10, 10));
		for (CertificateKind kind : CertificateKind.VALUES) {
			Certificate certificate = FACTORY.createCertificate();
			certificate.setKind(kind);
			certificate.setIssuedOn(LocalDate.of(2020, 5, 15));
			certificate.setExpiresOn(LocalDate.of(2024, 10, 10));
			card.getCertificates().add(certificate);
		}
		StatusTransition transition = FACTORY.createStatusTransition();
		transition.setFrom(CardStatus.READY);
		transition.setTo(CardStatus.ISSUED);
		transition.setDate(LocalDate.of(2020, 6, 1));
		transition.setOperator("clerk1");
		card.getTransitions().add(transition);
		return card;
	}

	private Fixtures() {
	}
}
