package org.madoguchi.ui.internal.operators;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.Role;
import org.madoguchi.ui.internal.CheckedDialog;
import org.madoguchi.ui.internal.Messages;

/** Operators > Change Role: the operator's new role, their current one chosen at first. */
final class RoleDialog extends CheckedDialog {

	private final String operator;
	private final Role current;
	private RoleChoice role;
	private Role chosen;

	RoleDialog(Shell shell, String operator, Role current) {
		super(shell, Messages.Operators_changeRoleTitle);
		this.operator = operator;
		this.current = current;
	}

	@Override
	protected void addFields(Composite grid) {
		ask(grid, NLS.bind(Messages.Operators_changeRoleQuestion, operator));
		role = new RoleChoice(grid, current);
	}

	@Override
	protected String problem() {
		return null;
	}

	@Override
	protected void okPressed() {
		chosen = role.chosen();
		super.okPressed();
	}

	Role chosen() {
		return chosen;
	}
}
