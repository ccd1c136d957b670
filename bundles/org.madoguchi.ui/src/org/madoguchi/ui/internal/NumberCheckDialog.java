package org.madoguchi.ui.internal;

import java.util.Locale;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;

/**
 * Residents > Check Individual Number: the same check as {@code madoguchi number check}, with
 * the reason in the clerk's language as they type, and the warning for a check digit of 0.
 */
public final class NumberCheckDialog extends InputDialog {

	public NumberCheckDialog(Shell parent) {
		super(parent, Messages.NumberCheck_title, Messages.NumberCheck_prompt, "", new NumberValidator());
	}

	/** The verdict on a typed number: null when valid (the dialog then says so), else the reason. */
	static final class NumberValidator implements IInputValidator {
		@Override
		public String isValid(String typed) {
			if (typed == null || typed.isBlank()) {
				return "";
			}
			try {
				IndividualNumber.normalize(typed);
				return null;
			} catch (InvalidValueException e) {
				return e.problem().in(Locale.getDefault());
			}
		}
	}

	/** What the dialog says about a valid number. */
	public static String verdict(String typed) {
		String grouped = IndividualNumber.format(typed);
		return NLS.bind(IndividualNumber.hasWeakCheckDigit(typed) ? Messages.NumberCheck_weak : Messages.NumberCheck_valid, grouped);
	}
}
