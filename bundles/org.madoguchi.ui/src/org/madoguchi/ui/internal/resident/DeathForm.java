package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;

/** A death (死亡), entered ex officio: the day of death and the day it was notified. */
final class DeathForm implements ChangeForm {

	private final LocalDate today;
	private Text diedOn;
	private Text notifiedOn;

	DeathForm(LocalDate today) {
		this.today = today;
	}

	@Override
	public String title() {
		return Messages.Change_death;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		FormFields fields = new FormFields(parent, edited);
		diedOn = fields.date(Messages.Change_diedOn, today);
		notifiedOn = fields.date(Messages.Address_notifiedOn, today);
	}

	@Override
	public Request request() {
		LocalDate died = FormFields.day(diedOn, Messages.Change_diedOn);
		LocalDate notified = FormFields.optionalDay(notifiedOn, Messages.Address_notifiedOn);
		return (changes, target) -> changes.death(target, died, notified);
	}
}
