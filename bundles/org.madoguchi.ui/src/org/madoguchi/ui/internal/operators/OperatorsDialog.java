package org.madoguchi.ui.internal.operators;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.service.OperatorAccounts.Account;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;

/**
 * Window > Operators: the register's operators, disabled ones too, and what a supervisor does
 * with them: add one, change a role, disable one, unlock one that failed logins locked. Each is
 * one audited change of the register, made off the UI thread; the list is read again after it and
 * the line below says what was done, or why the register refused.
 */
final class OperatorsDialog extends Dialog {

	private final Session session;
	private TableViewer operators;
	private Label said;
	private Button changeRole;
	private Button disable;
	private Button unlock;

	OperatorsDialog(Shell shell, Session session) {
		super(shell);
		this.session = session;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Operators_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		operators = Tables.viewer(area, SWT.SINGLE);
		Tables.column(operators, Account.class, Messages.Operators_id, 120, Account::id);
		Tables.column(operators, Account.class, Messages.Operators_name, 160, Account::name);
		Tables.column(operators, Account.class, Messages.Operators_role, 110, account -> Messages.label(role(account)));
		Tables.column(operators, Account.class, Messages.Operators_state, 90,
				account -> account.active() ? Messages.Operators_active : Messages.Operators_disabled);
		operators.setContentProvider(ArrayContentProvider.getInstance());
		operators.addSelectionChangedListener(event -> enableSteps());
		GridDataFactory.fillDefaults().grab(true, true).hint(500, 240).applyTo(operators.getControl());
		Composite steps = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(steps);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(steps);
		button(steps, Messages.Operators_add, this::add);
		changeRole = button(steps, Messages.Operators_changeRole, this::changeRole);
		disable = button(steps, Messages.Operators_disable, this::disable);
		unlock = button(steps, Messages.Operators_unlock, this::unlock);
		said = new Label(area, SWT.WRAP);
		said.setData("said", Boolean.TRUE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(said);
		enableSteps();
		readList();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		}
	}

	private static Button button(Composite steps, String text, Runnable pressed) {
		Button button = new Button(steps, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> pressed.run());
		return button;
	}

	private static Role role(Account account) {
		return Role.valueOf(account.role().toUpperCase(Locale.ROOT));
	}

	private Account selected() {
		return operators.getStructuredSelection().getFirstElement() instanceof Account account ? account : null;
	}

	private void enableSteps() {
		Account account = selected();
		changeRole.setEnabled(account != null && account.active());
		disable.setEnabled(account != null && account.active());
		unlock.setEnabled(account != null && account.active());
	}

	private void readList() {
		new Reads(session, operators.getControl()).read(Messages.Operators_title, register -> register.operators().list().toArray(),
				accounts -> {
					operators.setInput(accounts);
					enableSteps();
				}, this::refused);
	}

	private void add() {
		AddOperatorDialog asked = new AddOperatorDialog(getShell());
		if (asked.open() != Window.OK) {
			return;
		}
		char[] password = asked.password();
		change(register -> {
			try {
				register.operators().add(asked.id(), asked.name(), asked.role(), password);
			} finally {
				Arrays.fill(password, '\0');
			}
			return NLS.bind(Messages.Operators_added, asked.id(), Messages.label(asked.role()));
		});
	}

	private void changeRole() {
		Account account = selected();
		RoleDialog asked = new RoleDialog(getShell(), account.name(), role(account));
		if (asked.open() != Window.OK) {
			return;
		}
		Role chosen = asked.chosen();
		change(register -> {
			register.operators().changeRole(account.id(), chosen);
			return NLS.bind(Messages.Operators_roleChanged, account.id(), Messages.label(chosen));
		});
	}

	private void disable() {
		Account account = selected();
		if (!MessageDialog.openQuestion(getShell(), Messages.Operators_disable, NLS.bind(Messages.Operators_disableQuestion, account.id(), account.name()))) {
			return;
		}
		change(register -> {
			register.operators().disable(account.id());
			return NLS.bind(Messages.Operators_disabledDone, account.id());
		});
	}

	private void unlock() {
		Account account = selected();
		change(register -> {
			register.operators().unlock(account.id());
			return NLS.bind(Messages.Operators_unlocked, account.id());
		});
	}

	/** Makes the change off the UI thread; then says what was done and reads the list again. */
	private void change(Function<Register, String> change) {
		new Reads(session, operators.getControl()).write(Messages.Operators_title, change, done -> {
			said.setForeground(null);
			said.setText(done);
			said.getParent().layout();
			readList();
		}, this::refused);
	}

	private void refused(RuntimeException refusal) {
		said.setForeground(said.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		said.setText(Failures.message(refusal));
		said.getParent().layout();
	}
}
