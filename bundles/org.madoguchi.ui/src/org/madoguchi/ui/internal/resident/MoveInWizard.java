package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.MoveIn;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/**
 * Residents > New Resident (Move-in…): the person, the new and the previous address with the
 * planned move-out day of the 転出証明書, the household joined, and the card brought. Finish
 * registers the move-in through the register's move-in, as {@code notify} does.
 */
final class MoveInWizard extends ChangeWizard {

	private final Session session;
	private final Resident person = ModelFactory.eINSTANCE.createResident();
	private final AddressEntry address = ModelFactory.eINSTANCE.createAddressEntry();
	private final AddressEntry previous = ModelFactory.eINSTANCE.createAddressEntry();
	private MoveInAddressesPage addressesPage;
	private HouseholdPage householdPage;
	private BroughtCardPage cardPage;

	MoveInWizard(Session session) {
		super(Messages.Wizard_moveInTitle);
		this.session = session;
		LocalDate today = session.register().today();
		person.setNationality(Nationality.JAPAN);
		address.setAddress(ModelFactory.eINSTANCE.createAddress());
		address.setSetOn(today);
		address.setNotifiedOn(today);
		previous.setAddress(ModelFactory.eINSTANCE.createAddress());
	}

	@Override
	public void addPages() {
		LocalDate today = session.register().today();
		addressesPage = new MoveInAddressesPage(address, previous, today);
		householdPage = new HouseholdPage(session);
		cardPage = new BroughtCardPage();
		addPage(new PersonPage(person, today));
		addPage(addressesPage);
		addPage(householdPage);
		addPage(cardPage);
	}

	@Override
	Supplier<ChangeOutcome> prepare() {
		MoveIn move = new MoveIn(EcoreUtil.copy(person), EcoreUtil.copy(address.getAddress()), EcoreUtil.copy(previous.getAddress()),
				addressesPage.plannedMoveOut(), address.getSetOn(), address.getNotifiedOn(), householdPage.householdId(),
				householdPage.relationship(), cardPage.card());
		return () -> session.register().changes().moveIn(move);
	}

	@Override
	String personName() {
		return PersonNames.full(person.getFamilyName(), person.getGivenName());
	}
}
