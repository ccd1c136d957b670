package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/** A birth's notification and the household the newborn joins as 子 (at its head's address); the day of birth is the person page's. */
final class BirthPage extends WizardPage {

	private final Session session;
	private final LocalDate today;
	private Text notifiedOn;
	private HouseholdChooser chooser;

	BirthPage(Session session, LocalDate today) {
		super("birth", Messages.Wizard_birthPageTitle, null);
		setMessage(Messages.Wizard_birthPageMessage);
		this.session = session;
		this.today = today;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		FormFields fields = new FormFields(page, this::check);
		notifiedOn = fields.date(Messages.Address_notifiedOn, today);
		chooser = new HouseholdChooser(session, this::check);
		chooser.create(page);
		setControl(page);
		check();
	}

	LocalDate notifiedOn() {
		return FormFields.optionalDay(notifiedOn, Messages.Address_notifiedOn);
	}

	String householdId() {
		return chooser.householdId();
	}

	private void check() {
		if (chooser == null) {
			return;
		}
		String problem = null;
		try {
			notifiedOn();
			if (householdId() == null) {
				problem = Messages.Wizard_pickHousehold;
			}
		} catch (IllegalArgumentException unreadable) {
			problem = unreadable.getMessage();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
