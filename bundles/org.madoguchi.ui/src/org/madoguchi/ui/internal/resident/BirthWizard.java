package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/**
 * Residents > Birth…: the newborn (the name as registered and its reading, the day of birth), the
 * day of the notification, and the household the child joins as 子. Finish records the birth through
 * the register's birth, as {@code notify} does.
 */
final class BirthWizard extends ChangeWizard {

	private final Session session;
	private final Resident newborn = ModelFactory.eINSTANCE.createResident();
	private BirthPage birthPage;

	BirthWizard(Session session) {
		super(Messages.Wizard_birthTitle);
		this.session = session;
		newborn.setNationality(Nationality.JAPAN);
	}

	@Override
	public void addPages() {
		LocalDate today = session.register().today();
		birthPage = new BirthPage(session, today);
		addPage(new PersonPage(newborn, today));
		addPage(birthPage);
	}

	@Override
	Supplier<ChangeOutcome> prepare() {
		Resident child = EcoreUtil.copy(newborn);
		LocalDate bornOn = newborn.getBirthDate();
		LocalDate notifiedOn = birthPage.notifiedOn();
		String household = birthPage.householdId();
		return () -> session.register().changes().birth(child, bornOn, notifiedOn, household);
	}

	@Override
	String personName() {
		return PersonNames.full(newborn.getFamilyName(), newborn.getGivenName());
	}
}
