package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Residents > Birth…: the newborn (the name as registered and its reading, the day of birth), the
 * day of the notification, and the household the child joins as 子. Finish records the birth through
 * the register's birth, as {@code notify} does.
 */
final class BirthWizard extends ChangeWizard {

	private final Supplier<Register> register;
	private final Resident newborn = ModelFactory.eINSTANCE.createResident();
	private BirthPage birthPage;

	BirthWizard(Supplier<Register> register) {
		super(Messages.Wizard_birthTitle);
		this.register = register;
		newborn.setNationality(Nationality.JAPAN);
	}

	@Override
	public void addPages() {
		LocalDate today = register.get().today();
		birthPage = new BirthPage(register, today);
		addPage(new PersonPage(newborn, today));
		addPage(birthPage);
	}

	@Override
	Supplier<ChangeOutcome> prepare() {
		Resident child = EcoreUtil.copy(newborn);
		LocalDate bornOn = newborn.getBirthDate();
		LocalDate notifiedOn = birthPage.notifiedOn();
		String household = birthPage.householdId();
		return () -> register.get().changes().birth(child, bornOn, notifiedOn, household);
	}

	@Override
	String personName() {
		return PersonNames.full(newborn.getFamilyName(), newborn.getGivenName());
	}
}
