package org.madoguchi.ui.internal.operators;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Role;
import org.madoguchi.ui.internal.CheckedDialog;
import org.madoguchi.ui.internal.Messages;

/** Operators > Add: the new operator's ID, name, role and first password. */
final class AddOperatorDialog extends CheckedDialog {

	private Text id;
	private Text name;
	private RoleChoice role;
	private PasswordFields password;
	private String typedId;
	private String typedName;
	private Role chosenRole;
	private char[] typedPassword;

	AddOperatorDialog(Shell shell) {
		super(shell, Messages.Operators_addTitle);
	}

	@Override
	protected void addFields(Composite grid) {
		id = text(grid, Messages.Operators_id);
		name = text(grid, Messages.Operators_name);
		role = new RoleChoice(grid, Role.CLERK);
		password = new PasswordFields(grid, this::check);
	}

	private Text text(Composite grid, String label) {
		new Label(grid, SWT.NONE).setText(label);
		Text text = new Text(grid, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, event -> check());
		return text;
	}

	@Override
	protected String problem() {
		return id.getText().isBlank() ? Messages.Operators_idRequired : password.problem();
	}

	@Override
	protected void okPressed() {
		typedId = id.getText().strip();
		typedName = name.getText().isBlank() ? typedId : name.getText().strip();
		chosenRole = role.chosen();
		typedPassword = password.password();
		super.okPressed();
	}

	String id() {
		return typedId;
	}

	String name() {
		return typedName;
	}

	Role role() {
		return chosenRole;
	}

	/** The first password; the caller clears it once the register has it. */
	char[] password() {
		return typedPassword;
	}
}
