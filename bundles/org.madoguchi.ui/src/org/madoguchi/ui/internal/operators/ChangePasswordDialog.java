package org.madoguchi.ui.internal.operators;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.ui.internal.CheckedDialog;
import org.madoguchi.ui.internal.Messages;

/** File > Change Password: the operator's own new password, typed twice. */
final class ChangePasswordDialog extends CheckedDialog {

	private final String operator;
	private PasswordFields password;
	private char[] typed;

	ChangePasswordDialog(Shell shell, String operator) {
		super(shell, Messages.Password_title);
		this.operator = operator;
	}

	@Override
	protected void addFields(Composite grid) {
		ask(grid, NLS.bind(Messages.Password_message, operator));
		password = new PasswordFields(grid, this::check);
	}

	@Override
	protected String problem() {
		return password.problem();
	}

	@Override
	protected void okPressed() {
		typed = password.password();
		super.okPressed();
	}

	/** The new password; the caller clears it once the register has it. */
	char[] password() {
		return typed;
	}
}
