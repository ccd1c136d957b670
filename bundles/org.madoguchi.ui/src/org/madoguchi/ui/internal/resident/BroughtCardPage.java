package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.CardSerial;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * The My Number Card the person moving in brings, if any: its number, the day J-LIS produced it,
 * the day J-LIS received its application (it chooses the rule set) and its status. Whether it
 * continues is the register's to say, on Finish.
 */
final class BroughtCardPage extends WizardPage {

	/** A card the person brings is one they hold. */
	private static final CardStatus[] STATUSES = CardLifecycle.HELD.toArray(CardStatus[]::new);

	private Button brings;
	private Text serial;
	private Text issuedOn;
	private Text appliedOn;
	private Combo status;

	BroughtCardPage() {
		super("card", Messages.Wizard_cardTitle, null);
		setMessage(Messages.Wizard_cardMessage);
	}

	@Override
	public void createControl(Composite parent) {
		FormFields fields = new FormFields(parent, this::check);
		brings = fields.check(Messages.Wizard_bringsCard);
		serial = fields.text(Messages.Card_serial, null);
		issuedOn = fields.date(Messages.Wizard_cardIssuedOn, null);
		appliedOn = fields.date(Messages.Wizard_cardAppliedOn, null);
		status = fields.choice(Messages.Editor_status, Messages.label(STATUSES[0]), Messages.label(STATUSES[1]));
		setControl(fields.area());
		check();
	}

	/** The card brought, or null when the person brings none. */
	BroughtCard card() {
		if (!brings.getSelection()) {
			return null;
		}
		LocalDate issued = FormFields.day(issuedOn, Messages.Wizard_cardIssuedOn);
		String number;
		try {
			number = CardSerial.normalize(FormFields.required(serial, Messages.Card_serial));
		} catch (IllegalArgumentException refused) {
			throw new IllegalArgumentException(Messages.Card_serial + ": " + Failures.message(refused), refused);
		}
		return new BroughtCard(number, issued, FormFields.optionalDay(appliedOn, Messages.Wizard_cardAppliedOn),
				STATUSES[status.getSelectionIndex()]);
	}

	private void check() {
		if (status == null) {
			return;
		}
		for (Control field : new Control[] { serial, issuedOn, appliedOn, status }) {
			field.setEnabled(brings.getSelection());
		}
		String problem = null;
		try {
			card();
		} catch (IllegalArgumentException unreadable) {
			problem = unreadable.getMessage();
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
