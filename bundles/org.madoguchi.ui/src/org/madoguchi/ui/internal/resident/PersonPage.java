package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.ui.internal.Messages;

/**
 * The person who comes onto the register: names and readings, Roman name, birth date (a newborn's
 * dates the birth), sex, nationality, status of residence and its end, and the Individual Number.
 * Bound to a draft resident and checked by the model as it is typed (a birth date in the future
 * is refused there, naming the field).
 */
final class PersonPage extends WizardPage {

	private final Resident person;
	private final LocalDate today;
	private ModelForm form;

	PersonPage(Resident person, LocalDate today) {
		super("person", Messages.Wizard_personTitle, null);
		setMessage(Messages.Wizard_personMessage);
		this.person = person;
		this.today = today;
	}

	@Override
	public void createControl(Composite parent) {
		form = new ModelForm(problem -> {
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}, today);
		Composite grid = form.create(parent, person);
		form.text(grid, Messages.Person_familyName, person, Literals.RESIDENT__FAMILY_NAME);
		form.text(grid, Messages.Person_givenName, person, Literals.RESIDENT__GIVEN_NAME);
		form.text(grid, Messages.Person_familyNameKana, person, Literals.RESIDENT__FAMILY_NAME_KANA);
		form.text(grid, Messages.Person_givenNameKana, person, Literals.RESIDENT__GIVEN_NAME_KANA);
		form.text(grid, Messages.Editor_romanName, person, Literals.RESIDENT__ROMAN_NAME);
		form.date(grid, Messages.Editor_birth, person, Literals.RESIDENT__BIRTH_DATE);
		form.choice(grid, Messages.Editor_sex, person, Literals.RESIDENT__SEX, Sex.VALUES);
		form.country(grid, Messages.Person_nationality, person, Literals.RESIDENT__NATIONALITY);
		form.choice(grid, Messages.Editor_residenceStatus, person, Literals.RESIDENT__RESIDENCE_STATUS, ResidenceStatus.VALUES);
		form.date(grid, Messages.Editor_residenceUntil, person, Literals.RESIDENT__RESIDENCE_UNTIL);
		form.text(grid, Messages.Person_number, person, Literals.RESIDENT__INDIVIDUAL_NUMBER);
		form.validate();
		setControl(grid);
	}

	@Override
	public void dispose() {
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}
}
