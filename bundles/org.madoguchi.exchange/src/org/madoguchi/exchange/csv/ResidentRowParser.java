package org.madoguchi.exchange.csv;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.validation.Finding;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernment;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.LocalGovernments;
import org.madoguchi.model.values.PostalCode;
import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.ResidenceStatuses;
import org.madoguchi.model.values.Nationality;

/**
 * Turns a row of the resident file into a resident, checking every cell (numbers, dates in ISO
 * or era form, kana, codes) and then the whole resident with the model's validation. Every
 * problem is reported with its column; a row with any problem is not turned into anything.
 */
public final class ResidentRowParser {

	/** Where the model's findings belong in the file. */
	private static final Map<EStructuralFeature, Column> COLUMNS = Map.ofEntries(
			Map.entry(Literals.RESIDENT__FAMILY_NAME, Column.FAMILY_NAME), Map.entry(Literals.RESIDENT__GIVEN_NAME, Column.GIVEN_NAME),
			Map.entry(Literals.RESIDENT__FAMILY_NAME_KANA, Column.FAMILY_NAME_KANA),
			Map.entry(Literals.RESIDENT__GIVEN_NAME_KANA, Column.GIVEN_NAME_KANA), Map.entry(Literals.RESIDENT__ROMAN_NAME, Column.ROMAN_NAME),
			Map.entry(Literals.RESIDENT__BIRTH_DATE, Column.BIRTH_DATE), Map.entry(Literals.RESIDENT__SEX, Column.SEX),
			Map.entry(Literals.RESIDENT__NATIONALITY, Column.NATIONALITY),
			Map.entry(Literals.RESIDENT__RESIDENCE_STATUS, Column.RESIDENCE_STATUS),
			Map.entry(Literals.RESIDENT__RESIDENCE_UNTIL, Column.RESIDENCE_UNTIL),
			Map.entry(Literals.RESIDENT__INDIVIDUAL_NUMBER, Column.INDIVIDUAL_NUMBER),
			Map.entry(Literals.ADDRESS__POSTAL_CODE, Column.POSTAL_CODE), Map.entry(Literals.ADDRESS__PREFECTURE, Column.PREFECTURE),
			Map.entry(Literals.ADDRESS__MUNICIPALITY_CODE, Column.MUNICIPALITY_CODE), Map.entry(Literals.ADDRESS__TOWN, Column.TOWN),
			Map.entry(Literals.ADDRESS__CHOME, Column.TOWN),
			Map.entry(Literals.ADDRESS__NUMBER, Column.ADDRESS_NUMBER),
			Map.entry(Literals.MY_NUMBER_CARD__ISSUED_ON, Column.CARD_ISSUED_ON));

	private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

	private final LocalDate today;
	private final String operatorId;

	/** @param operatorId who the card history will name for imported card states */
	public ResidentRowParser(LocalDate today, String operatorId) {
		this.today = today;
		this.operatorId = operatorId;
	}

	public ParsedRow parse(CsvRow row) {
		List<CellProblem> problems = new ArrayList<>();
		Cells cells = new Cells(row, problems);
		if (row.original().size() != row.headerSize()) {
			cells.problem(null, "cell.fieldCount", row.original().size(), row.headerSize());
		}
		Resident resident = FACTORY.createResident();
		resident.setIndividualNumber(cells.optional(Column.INDIVIDUAL_NUMBER, IndividualNumber::normalize));
		resident.setResidentCode(cells.optional(Column.RESIDENT_CODE, ResidentRowParser::residentCode));
		resident.setFamilyName(cells.required(Column.FAMILY_NAME));
		resident.setGivenName(cells.text(Column.GIVEN_NAME));
		resident.setFamilyNameKana(cells.required(Column.FAMILY_NAME_KANA));
		resident.setGivenNameKana(cells.text(Column.GIVEN_NAME_KANA));
		resident.setRomanName(cells.text(Column.ROMAN_NAME));
		resident.setBirthDate(cells.date(Column.BIRTH_DATE, true));
		Sex sex = cells.optional(Column.SEX, ResidentRowParser::sex);
		if (sex != null) {
			resident.setSex(sex);
		} else if (row.get(Column.SEX).isEmpty()) {
			cells.missing(Column.SEX);
		}
		String nationality = cells.text(Column.NATIONALITY);
		resident.setNationality(nationality == null ? Nationality.JAPAN : nationality.toUpperCase(Locale.ROOT));
		ResidenceStatus status = cells.optional(Column.RESIDENCE_STATUS, ResidenceStatuses::fromWord);
		if (status != null) {
			resident.setResidenceStatus(status);
		} else if (row.get(Column.RESIDENCE_STATUS).isEmpty() && Nationality.isNational(resident.getNationality())) {
			resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		}
		resident.setResidenceUntil(cells.date(Column.RESIDENCE_UNTIL, false));
		resident.getAddresses().add(address(cells));
		household(cells, resident);
		MyNumberCard card = card(cells);
		if (card != null) {
			resident.getCards().add(card);
		}
		if (problems.isEmpty()) {
			for (Finding finding : ModelValidation.validate(resident, today)) {
				problems.add(new CellProblem(COLUMNS.getOrDefault(finding.feature(), Column.FAMILY_NAME), finding.problem()));
			}
		}
		return new ParsedRow(row, problems.isEmpty() ? resident : null, List.copyOf(problems));
	}

	private static AddressEntry address(Cells cells) {
		Address address = FACTORY.createAddress();
		address.setPostalCode(cells.optional(Column.POSTAL_CODE, PostalCode::normalize));
		if (address.getPostalCode() == null) {
			cells.requireText(Column.POSTAL_CODE);
		}
		address.setPrefecture(cells.required(Column.PREFECTURE));
		address.setMunicipalityCode(cells.optional(Column.MUNICIPALITY_CODE, LocalGovernmentCode::normalize));
		if (address.getMunicipalityCode() == null) {
			cells.requireText(Column.MUNICIPALITY_CODE);
		}
		address.setMunicipalityName(LocalGovernments.find(address.getMunicipalityCode()).map(LocalGovernment::name).orElse(null));
		TownAndChome town = TownAndChome.of(cells.required(Column.TOWN));
		address.setTown(town.town());
		address.setChome(town.chome());
		String number = cells.required(Column.ADDRESS_NUMBER);
		address.setNumber(number);
		if (number != null) {
			address.setNumberStyle(number.contains("番地") ? AddressNumberStyle.LOT_NUMBER : AddressNumberStyle.RESIDENCE_INDICATION);
		}
		address.setBuilding(cells.text(Column.BUILDING));
		AddressEntry entry = FACTORY.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(cells.date(Column.ADDRESS_SINCE, false));
		entry.setNotification(NotificationKind.REGISTRATION);
		return entry;
	}

	private static void household(Cells cells, Resident resident) {
		String relationship = cells.text(Column.RELATIONSHIP);
		String code = cells.text(Column.HOUSEHOLD_ID);
		if (code == null) {
			return;
		}
		Household household = FACTORY.createHousehold();
		household.setId(code);
		HouseholdMember member = FACTORY.createHouseholdMember();
		member.setRelationship(relationship);
		household.getMembers().add(member);
		member.setResident(resident);
	}

	private MyNumberCard card(Cells cells) {
		CsvRow row = cells.row;
		String serial = cells.text(Column.CARD_SERIAL);
		boolean anyCardData = !row.get(Column.CARD_SERIAL).isEmpty() || !row.get(Column.CARD_APPLIED_ON).isEmpty()
				|| !row.get(Column.CARD_ISSUED_ON).isEmpty();
		CardStatus status = cells.optional(Column.CARD_STATUS, ResidentRowParser::cardStatus);
		if (status == null) {
			if (anyCardData && row.get(Column.CARD_STATUS).isEmpty()) {
				cells.problem(Column.CARD_STATUS, "cell.cardStatusMissing");
			}
			return null;
		}
		LocalDate applied = cells.date(Column.CARD_APPLIED_ON, false);
		LocalDate issued = cells.date(Column.CARD_ISSUED_ON, false);
		if (status != CardStatus.APPLIED && issued == null && row.get(Column.CARD_ISSUED_ON).isEmpty()) {
			cells.problem(Column.CARD_ISSUED_ON, "cell.cardIssuedMissing", status.getLiteral());
		}
		MyNumberCard card = FACTORY.createMyNumberCard();
		card.setSerial(serial);
		card.setStatus(status);
		card.setIssuedOn(status == CardStatus.APPLIED ? null : issued);
		CardApplication application = FACTORY.createCardApplication();
		application.setReceivedOn(applied != null ? applied : issued);
		card.setApplication(application);
		StatusTransition transition = FACTORY.createStatusTransition();
		transition.setTo(status);
		transition.setDate(today);
		transition.setOperator(operatorId);
		transition.setReason("imported");
		card.getTransitions().add(transition);
		return card;
	}

	private static String residentCode(String text) {
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
		if (!digits.matches("\\d{11}")) {
			throw new InvalidValueException(new Problem(ResidentFileException.class, "cell.residentCode", text));
		}
		return digits;
	}

	private static Sex sex(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
		case "male", "男", "男性" -> Sex.MALE;
		case "female", "女", "女性" -> Sex.FEMALE;
		default -> throw new InvalidValueException(new Problem(ResidentFileException.class, "cell.sex", text));
		};
	}

	private static CardStatus cardStatus(String text) {
		CardStatus status = CardStatus.get(text.toLowerCase(Locale.ROOT));
		if (status == null) {
			throw new InvalidValueException(new Problem(ResidentFileException.class, "cell.cardStatus", text));
		}
		return status;
	}
}
