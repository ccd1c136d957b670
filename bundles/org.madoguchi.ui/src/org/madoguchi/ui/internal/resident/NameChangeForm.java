package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.Resident;
import org.madoguchi.service.NameChange;
import org.madoguchi.ui.internal.Messages;

/** A change of name from the family register (marriage, adoption, …): the new name and its reading, the day and the reason. */
final class NameChangeForm implements ChangeForm {

	private final Resident resident;
	private final LocalDate today;
	private Text familyName;
	private Text givenName;
	private Text familyNameKana;
	private Text givenNameKana;
	private Text changedOn;
	private Text notifiedOn;
	private Text reason;

	NameChangeForm(Resident resident, LocalDate today) {
		this.resident = resident;
		this.today = today;
	}

	@Override
	public String title() {
		return Messages.Change_name;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		FormFields fields = new FormFields(parent, edited);
		familyName = fields.text(Messages.Person_familyName, resident.getFamilyName());
		givenName = fields.text(Messages.Person_givenName, resident.getGivenName());
		familyNameKana = fields.text(Messages.Person_familyNameKana, resident.getFamilyNameKana());
		givenNameKana = fields.text(Messages.Person_givenNameKana, resident.getGivenNameKana());
		changedOn = fields.date(Messages.Change_changedOn, today);
		notifiedOn = fields.date(Messages.Address_notifiedOn, today);
		reason = fields.text(Messages.Change_reason, null);
	}

	@Override
	public Request request() {
		NameChange change = new NameChange(FormFields.required(familyName, Messages.Person_familyName), FormFields.optional(givenName),
				FormFields.required(familyNameKana, Messages.Person_familyNameKana), FormFields.optional(givenNameKana),
				FormFields.day(changedOn, Messages.Change_changedOn), FormFields.optionalDay(notifiedOn, Messages.Address_notifiedOn),
				FormFields.required(reason, Messages.Change_reason));
		return (changes, target) -> changes.changeName(target, change);
	}
}
