package org.madoguchi.ui.internal.session;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * Operator ID and password, checked against the register before the dialog closes: a wrong
 * password is said in the dialog, and the clerk types again. At start-up it opens the register;
 * on a locked counter whoever logs in takes the counter over, and the dialog cannot be closed
 * otherwise: neither Esc nor the window's close leaves the counter unlocked or quits the workbench.
 */
public final class LoginDialog extends TitleAreaDialog {

	private final DatabaseLocation location;
	private final boolean locked;
	private Text operator;
	private Text password;
	private Register register;

	public LoginDialog(Shell parent, DatabaseLocation location, boolean locked) {
		super(parent);
		this.location = location;
		this.locked = locked;
		if (locked) {
			setShellStyle(getShellStyle() & ~SWT.CLOSE);
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(locked ? Messages.Login_lockedTitle : Messages.Login_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(locked ? Messages.Login_lockedTitle : Messages.Login_title);
		setMessage(NLS.bind(locked ? Messages.Login_lockedMessage : Messages.Login_message, location));
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Login_operator);
		operator = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(operator);
		new Label(form, SWT.NONE).setText(Messages.Login_password);
		password = new Text(form, SWT.BORDER | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Login_button, true);
		if (!locked) {
			createButton(parent, IDialogConstants.CANCEL_ID, Messages.Login_exit, false);
		}
	}

	/** Esc and the window's close: at start-up they quit; on a locked counter they do nothing. */
	@Override
	protected void handleShellCloseEvent() {
		if (!locked) {
			super.handleShellCloseEvent();
		}
	}

	@Override
	protected void okPressed() {
		char[] typed = password.getTextChars();
		try {
			register = Register.open(location, new Login(operator.getText().strip(), () -> typed));
			super.okPressed();
		} catch (RuntimeException refused) {
			setErrorMessage(Failures.message(refused));
			password.setText("");
			password.setFocus();
		}
	}

	/** The register the operator logged in to; null when the dialog was cancelled. */
	public Register register() {
		return register;
	}
}
