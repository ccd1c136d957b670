package org.madoguchi.model.validation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.madoguchi.model.Address;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.Municipality;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Kana;
import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.PostalCode;
import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.ResidenceStatuses;
import org.madoguchi.model.values.Nationality;

/**
 * The register's rules on top of EMF's structural checks. Each diagnostic carries the object,
 * the feature and the {@link Problem} as data, so callers can name the field and give the
 * reason in Japanese and English.
 */
final class RegisterValidator extends EObjectValidator {

	static final String SOURCE = "org.madoguchi.model";

	/** ISO 3166 alpha-3 plus the ICAO codes used on residence cards of stateless persons and refugees. */
	private static final Set<String> NATIONALITIES = nationalities();

	private final LocalDate today;

	RegisterValidator(LocalDate today) {
		this.today = today;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean structural = super.validate(eClass, object, diagnostics, context);
		boolean[] found = { false };
		Consumer<Finding> report = finding -> {
			found[0] = true;
			diagnostics.add(diagnostic(finding));
		};
		if (object instanceof Resident resident) {
			checkResident(resident, report);
		} else if (object instanceof Address address) {
			checkAddress(address, report);
		} else if (object instanceof MyNumberCard card) {
			checkCard(card, report);
		} else if (object instanceof Certificate certificate) {
			checkCertificate(certificate, report);
		} else if (object instanceof Municipality municipality) {
			checkValue(municipality, Literals.MUNICIPALITY__CODE, municipality.getCode(), LocalGovernmentCode::normalize, report);
		}
		return structural && !found[0];
	}

	private void checkResident(Resident resident, Consumer<Finding> report) {
		required(resident, Literals.RESIDENT__FAMILY_NAME, resident.getFamilyName(), Label.FAMILY_NAME, report);
		required(resident, Literals.RESIDENT__FAMILY_NAME_KANA, resident.getFamilyNameKana(), Label.FAMILY_NAME_KANA, report);
		kana(resident, Literals.RESIDENT__FAMILY_NAME_KANA, resident.getFamilyNameKana(), Label.FAMILY_NAME_KANA, report);
		kana(resident, Literals.RESIDENT__GIVEN_NAME_KANA, resident.getGivenNameKana(), Label.GIVEN_NAME_KANA, report);
		boolean national = Nationality.isNational(resident.getNationality());
		if (isBlank(resident.getGivenNameKana())) {
			if (national) {
				required(resident, Literals.RESIDENT__GIVEN_NAME_KANA, null, Label.GIVEN_NAME_KANA, report);
			} else if (isBlank(resident.getRomanName())) {
				report.accept(new Finding(resident, Literals.RESIDENT__ROMAN_NAME, new Problem("resident.singleName")));
			}
		}
		if (resident.getBirthDate() == null) {
			required(resident, Literals.RESIDENT__BIRTH_DATE, null, Label.BIRTH_DATE, report);
		} else if (resident.getBirthDate().isAfter(today)) {
			report.accept(new Finding(resident, Literals.RESIDENT__BIRTH_DATE,
					new Problem("resident.birthInFuture", resident.getBirthDate().toString())));
		}
		if (!resident.isSetSex()) {
			required(resident, Literals.RESIDENT__SEX, null, Label.SEX, report);
		}
		checkResidence(resident, national, report);
		if (!isBlank(resident.getIndividualNumber())) {
			checkValue(resident, Literals.RESIDENT__INDIVIDUAL_NUMBER, resident.getIndividualNumber(),
					IndividualNumber::normalize, report);
		}
	}

	private void checkResidence(Resident resident, boolean national, Consumer<Finding> report) {
		String nationality = resident.getNationality();
		if (!national && !NATIONALITIES.contains(nationality)) {
			report.accept(new Finding(resident, Literals.RESIDENT__NATIONALITY, new Problem("resident.nationality", nationality)));
			return;
		}
		ResidenceStatus status = resident.isSetResidenceStatus() ? resident.getResidenceStatus() : null;
		if (national && status != null && status != ResidenceStatus.NATIONAL) {
			report.accept(new Finding(resident, Literals.RESIDENT__RESIDENCE_STATUS,
					new Problem("resident.nationalWithForeignStatus", status.getLiteral())));
		} else if (!national && (status == null || status == ResidenceStatus.NATIONAL)) {
			report.accept(new Finding(resident, Literals.RESIDENT__RESIDENCE_STATUS,
					new Problem("resident.foreignWithoutStatus", nationality)));
		} else if (!national && ResidenceStatuses.hasPeriodOfStay(status) && resident.getResidenceUntil() == null) {
			report.accept(new Finding(resident, Literals.RESIDENT__RESIDENCE_UNTIL,
					new Problem("resident.periodMissing", status.getLiteral())));
		}
	}

	private void checkAddress(Address address, Consumer<Finding> report) {
		checkValue(address, Literals.ADDRESS__POSTAL_CODE, address.getPostalCode(), PostalCode::normalize, report);
		checkValue(address, Literals.ADDRESS__MUNICIPALITY_CODE, address.getMunicipalityCode(), LocalGovernmentCode::normalize, report);
		addressPart(address, Literals.ADDRESS__PREFECTURE, address.getPrefecture(), Label.PREFECTURE, report);
		addressPart(address, Literals.ADDRESS__TOWN, address.getTown(), Label.TOWN, report);
		addressPart(address, Literals.ADDRESS__NUMBER, address.getNumber(), Label.NUMBER, report);
	}

	private static void checkCard(MyNumberCard card, Consumer<Finding> report) {
		LocalDate issued = card.getIssuedOn();
		if (issued == null) {
			return;
		}
		if (card.eContainer() instanceof Resident holder && holder.getBirthDate() != null
				&& issued.isBefore(holder.getBirthDate())) {
			report.accept(new Finding(card, Literals.MY_NUMBER_CARD__ISSUED_ON,
					new Problem("card.issuedBeforeBirth", issued.toString(), holder.getBirthDate().toString())));
		}
		if (card.getApplication() != null && card.getApplication().getReceivedOn() != null
				&& issued.isBefore(card.getApplication().getReceivedOn())) {
			report.accept(new Finding(card, Literals.MY_NUMBER_CARD__ISSUED_ON, new Problem("card.issuedBeforeApplication",
					issued.toString(), card.getApplication().getReceivedOn().toString())));
		}
	}

	private static void checkCertificate(Certificate certificate, Consumer<Finding> report) {
		if (certificate.getIssuedOn() != null && certificate.getExpiresOn() != null
				&& certificate.getExpiresOn().isBefore(certificate.getIssuedOn())) {
			report.accept(new Finding(certificate, Literals.CERTIFICATE__EXPIRES_ON, new Problem(
					"certificate.expiresBeforeIssue", certificate.getExpiresOn().toString(), certificate.getIssuedOn().toString())));
		}
	}

	private static void checkValue(EObject object, EStructuralFeature feature, String value,
			UnaryOperator<String> normalizer, Consumer<Finding> report) {
		try {
			normalizer.apply(value);
		} catch (InvalidValueException e) {
			report.accept(new Finding(object, feature, e.problem()));
		}
	}

	private static void required(EObject object, EStructuralFeature feature, String value, Label label, Consumer<Finding> report) {
		if (isBlank(value)) {
			report.accept(new Finding(object, feature, new Problem("resident.required", label)));
		}
	}

	private static void addressPart(EObject object, EStructuralFeature feature, String value, Label label, Consumer<Finding> report) {
		if (isBlank(value)) {
			report.accept(new Finding(object, feature, new Problem("address.required", label)));
		}
	}

	private static void kana(EObject object, EStructuralFeature feature, String value, Label label, Consumer<Finding> report) {
		if (!isBlank(value) && !Kana.isKana(value)) {
			report.accept(new Finding(object, feature,
					new Problem("resident.kana", label, Character.toString(Kana.firstNonKana(value)))));
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static Diagnostic diagnostic(Finding finding) {
		return new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, finding.problem().in(Locale.getDefault()),
				new Object[] { finding.object(), finding.feature(), finding });
	}

	private static Set<String> nationalities() {
		Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
		codes.addAll(Set.of("XXA", "XXB", "XXC", "XXX"));
		return Set.copyOf(codes);
	}
}
