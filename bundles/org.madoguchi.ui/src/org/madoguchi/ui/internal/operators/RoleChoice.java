package org.madoguchi.ui.internal.operators;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.Role;
import org.madoguchi.ui.internal.Messages;

/** The roles an operator can be given (the batch role is the demo register's and the nightly runs'), in the workbench's words. */
final class RoleChoice {

	static final List<Role> ROLES = List.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR);

	private final Combo combo;

	RoleChoice(Composite grid, Role initial) {
		new Label(grid, SWT.NONE).setText(Messages.Operators_role);
		combo = new Combo(grid, SWT.READ_ONLY);
		ROLES.forEach(role -> combo.add(Messages.label(role)));
		combo.select(Math.max(0, ROLES.indexOf(initial)));
		GridDataFactory.fillDefaults().applyTo(combo);
	}

	Role chosen() {
		return ROLES.get(combo.getSelectionIndex());
	}
}
