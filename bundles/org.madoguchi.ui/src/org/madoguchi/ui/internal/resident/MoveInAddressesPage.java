package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * A move-in's addresses: the new one in our municipality with the day of the move and of the
 * notification, the previous one and the planned move-out day from the move-out certificate
 * (転出証明書). Each checked by the model as it is typed.
 */
final class MoveInAddressesPage extends WizardPage {

	private final AddressEntry address;
	private final AddressEntry previous;
	private final LocalDate today;
	private ModelForm addressForm;
	private ModelForm previousForm;
	private Text plannedOn;

	MoveInAddressesPage(AddressEntry address, AddressEntry previous, LocalDate today) {
		super("addresses", Messages.Wizard_addressesTitle, null);
		setMessage(Messages.Wizard_addressesMessage);
		this.address = address;
		this.previous = previous;
		this.today = today;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		heading(page, Messages.Wizard_newAddress);
		addressForm = new ModelForm(problem -> check(), today);
		AddressForm.create(addressForm, page, address, Messages.Wizard_movedInOn, Messages.Address_notifiedOn);
		heading(page, Messages.Wizard_previousAddress);
		previousForm = new ModelForm(problem -> check(), today);
		AddressForm.create(previousForm, page, previous, null, null);
		plannedOn = new FormFields(page, this::check).date(Messages.Wizard_plannedMoveOut, null);
		setControl(page);
		check();
	}

	private static void heading(Composite page, String text) {
		Label heading = new Label(page, SWT.NONE);
		heading.setText(text);
	}

	/** The planned move-out day of the move-out certificate, or null when none was brought. */
	LocalDate plannedMoveOut() {
		return FormFields.optionalDay(plannedOn, Messages.Wizard_plannedMoveOut);
	}

	private void check() {
		if (plannedOn == null) {
			return;
		}
		String problem = addressForm.problem() != null ? addressForm.problem() : previousForm.problem();
		if (problem == null) {
			try {
				plannedMoveOut();
			} catch (IllegalArgumentException unreadable) {
				problem = Failures.message(unreadable);
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	@Override
	public void dispose() {
		if (addressForm != null) {
			addressForm.dispose();
			previousForm.dispose();
		}
		super.dispose();
	}
}
