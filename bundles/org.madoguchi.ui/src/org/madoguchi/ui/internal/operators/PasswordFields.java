package org.madoguchi.ui.internal.operators;

import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;

/**
 * A new password typed twice, hidden as it is typed; it reads only when both agree. The register
 * checks the office's minimum length when it takes it.
 */
final class PasswordFields {

	private final Text first;
	private final Text again;

	/** Adds the two labelled fields to a two-column grid; {@code changed} runs as either is typed. */
	PasswordFields(Composite grid, Runnable changed) {
		first = field(grid, Messages.Operators_password);
		again = field(grid, Messages.Operators_repeat);
		first.addListener(SWT.Modify, event -> changed.run());
		again.addListener(SWT.Modify, event -> changed.run());
	}

	private static Text field(Composite grid, String label) {
		new Label(grid, SWT.NONE).setText(label);
		Text text = new Text(grid, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Why the password does not read yet, or null when it does. */
	String problem() {
		if (first.getCharCount() == 0) {
			return Messages.Operators_passwordRequired;
		}
		char[] one = first.getTextChars();
		char[] two = again.getTextChars();
		try {
			return Arrays.equals(one, two) ? null : Messages.Operators_mismatch;
		} finally {
			Arrays.fill(one, '\0');
			Arrays.fill(two, '\0');
		}
	}

	/** The password typed; the caller clears it once the register has it. */
	char[] password() {
		return first.getTextChars();
	}
}
