package org.madoguchi.exchange.demo;

import java.time.LocalDate;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CivilServant;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.Nationality;

/**
 * Synthetic residents for demos, tests and benchmarks: deterministic for a seed, each resident
 * made from its index alone (so a fill can resume anywhere).
 * <p>
 * <b>The synthetic range.</b> A demo Individual Number is {@code 000}, the resident's index in 8
 * digits, and a valid check digit. The generator uses this range only, every demo resident is
 * flagged synthetic, and demo residents live in a demo database (a banner says so); nothing here
 * is a real person. Three residents share a household: head (世帯主), spouse, child.
 */
public final class DemoResidents {

	/** Indexes below this fit the 8 digits of the synthetic range. */
	public static final long CAPACITY = 100_000_000L;
	static final String MUNICIPALITY_CODE = "131016";
	static final String MUNICIPALITY = "千代田区";
	static final String HOUSEHOLD_HEAD = "世帯主";

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	private static final CardStatus[] CARD_STATUSES = { CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED,
			CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED, CardStatus.ISSUED,
			CardStatus.APPLIED, CardStatus.PRODUCED, CardStatus.READY, CardStatus.SUSPENDED, CardStatus.REVOKED, CardStatus.EXPIRED,
			CardStatus.RETURNED };

	private final long seed;

	public DemoResidents(long seed) {
		this.seed = seed;
	}

	/** The demo Individual Number of the resident with this index. */
	public static String individualNumber(long index) {
		if (index < 0 || index >= CAPACITY) {
			throw new IllegalArgumentException("Demo data holds at most " + CAPACITY + " residents");
		}
		String base = String.format("000%08d", index);
		return base + IndividualNumber.checkDigit(base);
	}

	/** The resident with this index: names, birth, address history, household, and perhaps a card. */
	public Resident resident(long index) {
		Random household = new Random(seed * 31 + index / 3);
		Random own = new Random(seed * 1_000_003 + index);
		int role = (int) (index % 3);
		Resident resident = FACTORY.createResident();
		resident.setSynthetic(true);
		resident.setIndividualNumber(individualNumber(index));
		resident.setResidentCode(String.format("9%010d", index));
		boolean foreign = household.nextInt(100) < 4;
		LocalDate headBirth = TODAY.minusYears(30 + household.nextInt(50)).minusDays(household.nextInt(365));
		LocalDate birth = switch (role) {
		case 0 -> headBirth;
		case 1 -> headBirth.plusDays(own.nextInt(3000) - 1500);
		default -> headBirth.plusYears(22 + own.nextInt(15)).plusDays(own.nextInt(365));
		};
		resident.setBirthDate(birth.isAfter(TODAY) ? TODAY.minusDays(own.nextInt(3000)) : birth);
		resident.setSex(role == 0 ? Sex.MALE : role == 1 ? Sex.FEMALE : own.nextBoolean() ? Sex.MALE : Sex.FEMALE);
		if (foreign) {
			foreigner(resident, Names.FOREIGN.get(household.nextInt(Names.FOREIGN.size())), own);
		} else {
			national(resident, Names.FAMILY.get(household.nextInt(Names.FAMILY.size())), own);
		}
		Address home = address(household);
		LocalDate since = resident.getBirthDate().plusYears(own.nextInt(20));
		resident.setResidentSince(since.isBefore(TODAY) ? since : resident.getBirthDate());
		addHistory(resident, home, own);
		join(resident, "DEMO-" + seed + "-" + index / 3, role == 0 ? HOUSEHOLD_HEAD : role == 1 ? "妻" : "子");
		if (own.nextInt(100) < 75) {
			resident.getCards().add(card(index, resident, own));
		}
		return resident;
	}

	/** Every 200th resident with an issued card is a national public official (masking cards). */
	public CivilServant official(long index, Resident resident) {
		if (index % 200 != 7 || resident.getCards().isEmpty() || resident.getCards().get(0).getStatus() != CardStatus.ISSUED) {
			return null;
		}
		Random random = new Random(seed * 7 + index);
		CivilServant official = FACTORY.createCivilServant();
		official.setOfficialId(String.format("DEMO-%08d", index));
		official.setMinistry(Names.MINISTRIES.get(random.nextInt(Names.MINISTRIES.size())));
		official.setBureau(new String[] { "大臣官房", "総合政策局", "行政管理局", "情報流通局" }[random.nextInt(4)]);
		official.setPosition(new String[] { "係長", "課長補佐", "主査", "事務官" }[random.nextInt(4)]);
		official.setResident(resident);
		official.setCard(resident.getCards().get(0));
		return official;
	}

	private static void national(Resident resident, Names.Name family, Random own) {
		Names.Name given = resident.getSex() == Sex.MALE ? Names.MALE.get(own.nextInt(Names.MALE.size()))
				: Names.FEMALE.get(own.nextInt(Names.FEMALE.size()));
		resident.setFamilyName(family.written());
		resident.setGivenName(given.written());
		resident.setFamilyNameKana(family.kana());
		resident.setGivenNameKana(given.kana());
		resident.setNationality(Nationality.JAPAN);
		resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		resident.setRegisteredDomicile("東京都千代田区千代田1番");
	}

	private static void foreigner(Resident resident, Names.Foreigner foreigner, Random own) {
		String[] roman = foreigner.roman().split(" ", 2);
		String[] kana = foreigner.kana().split(" ", 2);
		resident.setRomanName(foreigner.roman());
		resident.setFamilyName(roman[0]);
		resident.setGivenName(roman.length > 1 ? roman[1] : null);
		resident.setFamilyNameKana(kana[0]);
		resident.setGivenNameKana(kana.length > 1 ? kana[1] : null);
		resident.setNationality(foreigner.nationality());
		ResidenceStatus status = ResidenceStatus.get(foreigner.status());
		resident.setResidenceStatus(status);
		if (status != ResidenceStatus.PERMANENT && status != ResidenceStatus.SPECIAL_PERMANENT && status != ResidenceStatus.HIGHLY_SKILLED2) {
			resident.setResidenceUntil(TODAY.plusDays(30 + own.nextInt(1800)));
		}
	}

	private static Address address(Random household) {
		Address address = FACTORY.createAddress();
		address.setPostalCode(String.format("10000%02d", household.nextInt(100)));
		address.setPrefecture("東京都");
		address.setMunicipalityCode(MUNICIPALITY_CODE);
		address.setMunicipalityName(MUNICIPALITY);
		address.setTown(Names.TOWNS.get(household.nextInt(Names.TOWNS.size())));
		address.setChome((1 + household.nextInt(4)) + "丁目");
		address.setNumber((1 + household.nextInt(30)) + "番" + (1 + household.nextInt(20)) + "号");
		address.setNumberStyle(AddressNumberStyle.RESIDENCE_INDICATION);
		if (household.nextInt(3) == 0) {
			address.setBuilding("デモハイツ" + (101 + household.nextInt(9)));
		}
		return address;
	}

	private static void addHistory(Resident resident, Address home, Random own) {
		LocalDate since = resident.getResidentSince();
		if (own.nextInt(4) == 0 && since.plusYears(1).isBefore(TODAY)) {
			Address earlier = EcoreUtil.copy(home);
			earlier.setTown(Names.TOWNS.get(own.nextInt(Names.TOWNS.size())));
			earlier.setNumber((1 + own.nextInt(30)) + "番" + (1 + own.nextInt(20)) + "号");
			resident.getAddresses().add(entry(earlier, since, NotificationKind.MOVE_IN));
			resident.getAddresses().add(entry(home, since.plusDays(own.nextInt((int) (TODAY.toEpochDay() - since.toEpochDay()))),
					NotificationKind.MOVE_WITHIN));
		} else {
			resident.getAddresses().add(entry(home, since, NotificationKind.REGISTRATION));
		}
	}

	private static AddressEntry entry(Address address, LocalDate setOn, NotificationKind kind) {
		AddressEntry entry = FACTORY.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(setOn);
		entry.setNotifiedOn(setOn.plusDays(3).isAfter(TODAY) ? TODAY : setOn.plusDays(3));
		entry.setNotification(kind);
		return entry;
	}

	private static void join(Resident resident, String code, String relationship) {
		Household household = FACTORY.createHousehold();
		household.setId(code);
		HouseholdMember member = FACTORY.createHouseholdMember();
		member.setRelationship(relationship);
		household.getMembers().add(member);
		member.setResident(resident);
	}

	/** A card in one of the lifecycle states; expiries and certificates are the rules' to fill in. */
	private static MyNumberCard card(long index, Resident resident, Random own) {
		CardStatus status = CARD_STATUSES[own.nextInt(CARD_STATUSES.length)];
		LocalDate earliest = resident.getBirthDate().isAfter(LocalDate.of(2016, 1, 1)) ? resident.getBirthDate() : LocalDate.of(2016, 1, 1);
		long span = Math.max(1, TODAY.minusDays(60).toEpochDay() - earliest.toEpochDay());
		LocalDate received = earliest.plusDays(Math.floorMod(own.nextLong(), span));
		MyNumberCard card = FACTORY.createMyNumberCard();
		CardApplication application = FACTORY.createCardApplication();
		application.setReceivedOn(received);
		application.setChannel(ApplicationChannel.VALUES.get(own.nextInt(ApplicationChannel.VALUES.size())));
		card.setApplication(application);
		card.setStatus(status);
		if (status != CardStatus.APPLIED) {
			card.setIssuedOn(received.plusDays(20 + own.nextInt(30)));
			card.setSerial(String.format("DM%010d", index));
		}
		StatusTransition transition = FACTORY.createStatusTransition();
		transition.setTo(status);
		LocalDate changed = card.getIssuedOn() == null ? received : card.getIssuedOn().plusDays(7);
		transition.setDate(changed.isAfter(TODAY) ? TODAY : changed);
		transition.setOperator("batch");
		transition.setReason("demo data");
		card.getTransitions().add(transition);
		return card;
	}
}
