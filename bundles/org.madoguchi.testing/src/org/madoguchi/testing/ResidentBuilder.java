package org.madoguchi.testing;

import java.time.LocalDate;

import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;

/**
 * A resident as the tests of every layer make one: the names given, and whatever else the test
 * says (birth date, sex, Individual Number, nationality, where they live).
 */
public final class ResidentBuilder {

	private final Resident resident = ModelFactory.eINSTANCE.createResident();

	private ResidentBuilder(String family, String given, String familyKana, String givenKana) {
		resident.setFamilyName(family);
		resident.setGivenName(given);
		resident.setFamilyNameKana(familyKana);
		resident.setGivenNameKana(givenKana);
	}

	public static ResidentBuilder resident(String family, String given, String familyKana, String givenKana) {
		return new ResidentBuilder(family, given, familyKana, givenKana);
	}

	public ResidentBuilder born(LocalDate birthDate) {
		resident.setBirthDate(birthDate);
		return this;
	}

	public ResidentBuilder sex(Sex sex) {
		resident.setSex(sex);
		return this;
	}

	/** A Japanese national (without it the residence status stays unset). */
	public ResidentBuilder national() {
		resident.setResidenceStatus(ResidenceStatus.NATIONAL);
		return this;
	}

	public ResidentBuilder number(String individualNumber) {
		resident.setIndividualNumber(individualNumber);
		return this;
	}

	/** Adds {@code entry} to the address history (the first one added is where they came to live). */
	public ResidentBuilder livingAt(AddressEntry entry) {
		resident.getAddresses().add(entry);
		return this;
	}

	public Resident build() {
		return resident;
	}
}
