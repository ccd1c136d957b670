package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.CardSerial;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.service.BroughtCard;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/**
 * The My Number Card the person moving in brings, if any: its number, the day J-LIS produced it,
 * the day J-LIS received its application (it chooses the rule set) and its status. Whether it
 * continues is the register's to say, on Finish. The box decides: the card's fields take typing
 * only while it is ticked, and a line under them says whether Finish registers a card, so that
 * fields left filled after unticking are never mistaken for a card brought.
 */
final class BroughtCardPage extends WizardPage {

	/** A card the person brings is one they hold. */
	private static final CardStatus[] STATUSES = CardLifecycle.HELD.toArray(CardStatus[]::new);

	private Button brings;
	private Text serial;
	private Text issuedOn;
	private Text appliedOn;
	private Combo status;
	private Label verdict;

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
		verdict = fields.line();
		verdict.setData("cardVerdict", Boolean.TRUE);
		setControl(fields.area());
		check();
	}

	/** The card brought, or null when the person brings none. */
	BroughtCard card() {
		if (!brings.getSelection()) {
			return null;
		}
		LocalDate issued = FormFields.day(issuedOn, Messages.Wizard_cardIssuedOn);
		String typed = FormFields.required(serial, Messages.Card_serial);
		String number;
		try {
			number = CardSerial.normalize(typed);
		} catch (InvalidValueException refused) {
			throw new UnreadableInput(Messages.Card_serial + ": " + Failures.message(refused), refused);
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
			BroughtCard card = card();
			verdict.setText(card == null ? Messages.Wizard_noCardBrought
					: NLS.bind(Messages.Wizard_cardBrought, card.serial(), Messages.label(card.status())));
		} catch (IllegalArgumentException unreadable) {
			problem = unreadable.getMessage();
			verdict.setText(Messages.Wizard_cardIncomplete);
		}
		verdict.getParent().layout(true, true);
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
