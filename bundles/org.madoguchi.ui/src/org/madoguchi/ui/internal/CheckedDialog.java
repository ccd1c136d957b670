package org.madoguchi.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * A small dialog of labelled fields in two columns that says what is still wrong below them, and
 * offers OK only when nothing is.
 */
public abstract class CheckedDialog extends Dialog {

	private final String title;
	private Label problem;

	protected CheckedDialog(Shell shell, String title) {
		super(shell);
		this.title = title;
	}

	@Override
	protected final void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		addFields(area);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	@Override
	protected final void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	/** A line across the grid that says what the dialog asks. */
	protected static void ask(Composite grid, String question) {
		Label asked = new Label(grid, SWT.WRAP);
		asked.setText(question);
		GridDataFactory.fillDefaults().span(2, 1).hint(360, SWT.DEFAULT).applyTo(asked);
	}

	/** Adds the fields; each calls {@link #check()} as it changes. */
	protected abstract void addFields(Composite grid);

	/** Why the fields do not read yet, or null when they do. */
	protected abstract String problem();

	protected final void check() {
		if (problem == null || problem.isDisposed() || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String found = problem();
		problem.setText(found == null ? "" : found);
		getButton(IDialogConstants.OK_ID).setEnabled(found == null);
	}
}
