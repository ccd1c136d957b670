package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.validation.Finding;
import org.madoguchi.model.validation.ModelValidation;

class RegisterValidationTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void wellFormedResidentHasNoFindings() {
		assertEquals(List.of(), ModelValidation.validate(Residents.yamadaHanako(), TODAY));
	}

	@Test
	void wrongCheckDigitIsFoundOnTheNumberField() {
		Resident resident = Residents.yamadaHanako();
		resident.setIndividualNumber("123456789010");
		Finding finding = single(resident);
		assertEquals(Literals.RESIDENT__INDIVIDUAL_NUMBER, finding.feature());
		assertEquals("individualNumber.checkDigit", finding.problem().key());
	}

	@Test
	void birthDateInTheFutureIsRefusedInBothLanguages() {
		Resident resident = Residents.yamadaHanako();
		resident.setBirthDate(TODAY.plusDays(1));
		Finding finding = single(resident);
		assertEquals("The birth date 2026-11-28 lies in the future.", finding.problem().english());
		assertEquals("生年月日 2026-11-28 が未来の日付です。", finding.problem().japanese());
	}

	@Test
	void cardIssuedBeforeBirthIsRefused() {
		Resident resident = Residents.yamadaHanako();
		MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
		card.setIssuedOn(LocalDate.of(1990, 1, 1));
		resident.getCards().add(card);
		Finding finding = single(resident);
		assertEquals(card, finding.object());
		assertEquals("card.issuedBeforeBirth", finding.problem().key());
	}

	@Test
	void cardIssuedBeforeTheApplicationWasReceivedIsRefused() {
		Resident resident = Residents.yamadaHanako();
		MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
		CardApplication application = ModelFactory.eINSTANCE.createCardApplication();
		application.setReceivedOn(LocalDate.of(2022, 5, 1));
		card.setApplication(application);
		card.setIssuedOn(LocalDate.of(2022, 4, 1));
		resident.getCards().add(card);
		assertEquals("card.issuedBeforeApplication", single(resident).problem().key());
	}

	@Test
	void foreignResidentWithAPeriodOfStayNeedsItsEnd() {
		Resident resident = Residents.yamadaHanako();
		resident.setNationality("USA");
		resident.setResidenceStatus(ResidenceStatus.ENGINEER);
		assertEquals(Literals.RESIDENT__RESIDENCE_UNTIL, single(resident).feature());
		resident.setResidenceUntil(LocalDate.of(2028, 3, 31));
		assertEquals(List.of(), ModelValidation.validate(resident, TODAY));
	}

	@Test
	void permanentResidentNeedsNoPeriodButANationalCannotHaveAForeignStatus() {
		Resident resident = Residents.yamadaHanako();
		resident.setNationality("KOR");
		resident.setResidenceStatus(ResidenceStatus.SPECIAL_PERMANENT);
		assertEquals(List.of(), ModelValidation.validate(resident, TODAY));
		resident.setNationality("JPN");
		assertEquals("resident.nationalWithForeignStatus", single(resident).problem().key());
		resident.setNationality("XYZ");
		assertEquals("resident.nationality", single(resident).problem().key());
	}

	@Test
	void foreignResidentWithoutStatusIsRefused() {
		Resident resident = Residents.yamadaHanako();
		resident.setNationality("VNM");
		assertEquals("resident.foreignWithoutStatus", single(resident).problem().key());
	}

	@Test
	void kanaFieldWithKanjiNamesTheCharacter() {
		Resident resident = Residents.yamadaHanako();
		resident.setFamilyNameKana("山だ");
		Finding finding = single(resident);
		assertEquals("氏（よみ）はかなで入力してください（「山」はかなではありません）。", finding.problem().japanese());
		assertEquals("family name reading must be kana; \"山\" is not.", finding.problem().english());
	}

	@Test
	void singleNameForeignResidentNeedsRomanName() {
		Resident resident = Residents.yamadaHanako();
		resident.setNationality("IDN");
		resident.setResidenceStatus(ResidenceStatus.PERMANENT);
		resident.setGivenNameKana("");
		assertEquals(Literals.RESIDENT__ROMAN_NAME, single(resident).feature());
		resident.setRomanName("SUKARNO");
		assertEquals(List.of(), ModelValidation.validate(resident, TODAY));
	}

	@Test
	void addressNeedsValidCodesAndItsParts() {
		Resident resident = Residents.yamadaHanako();
		resident.getAddresses().get(0).getAddress().setMunicipalityCode("131017");
		resident.getAddresses().get(0).getAddress().setTown(" ");
		List<Finding> findings = ModelValidation.validate(resident, TODAY);
		assertEquals(2, findings.size(), findings.toString());
		assertTrue(findings.stream().anyMatch(f -> f.problem().key().equals("localGovernmentCode.checkDigit")));
		assertTrue(findings.stream().anyMatch(f -> f.feature() == Literals.ADDRESS__TOWN));
	}

	@Test
	void missingRequiredNamesAreListedEach() {
		Resident resident = Residents.yamadaHanako();
		resident.setFamilyName(null);
		resident.setFamilyNameKana(null);
		List<Finding> findings = ModelValidation.validate(resident, TODAY);
		assertEquals(List.of(Literals.RESIDENT__FAMILY_NAME, Literals.RESIDENT__FAMILY_NAME_KANA),
				findings.stream().map(Finding::feature).toList());
	}

	private static Finding single(Resident resident) {
		List<Finding> findings = ModelValidation.validate(resident, TODAY);
		assertEquals(1, findings.size(), findings.toString());
		return findings.get(0);
	}
}
