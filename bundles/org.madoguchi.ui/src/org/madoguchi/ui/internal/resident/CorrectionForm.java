package org.madoguchi.ui.internal.resident;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;

/**
 * A correction (職権修正・誤記修正) of one of the person's fields, with its reason: the field by the
 * name the notification file gives it, the value as that file writes it (dates in ISO).
 */
final class CorrectionForm implements ChangeForm {

	private final List<String> fields;
	private Combo field;
	private Text value;
	private Text reason;

	/** @param fields the fields the register corrects */
	CorrectionForm(List<String> fields) {
		this.fields = fields;
	}

	@Override
	public String title() {
		return Messages.Change_correction;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		FormFields form = new FormFields(parent, edited);
		field = form.choice(Messages.Change_field, fields.toArray(String[]::new));
		value = form.text(Messages.Change_value, null);
		reason = form.text(Messages.Change_reason, null);
	}

	@Override
	public Request request() {
		String corrected = fields.get(field.getSelectionIndex());
		String typed = FormFields.optional(value);
		String why = FormFields.required(reason, Messages.Change_reason);
		return (changes, target) -> changes.correct(target, corrected, typed, why);
	}
}
