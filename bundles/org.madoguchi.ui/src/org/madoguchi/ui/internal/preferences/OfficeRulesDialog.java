package org.madoguchi.ui.internal.preferences;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.service.AccessLogRules;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.OfficeRules;
import org.madoguchi.ui.internal.CheckedDialog;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;

/**
 * Window > Office Rules (a supervisor's): the rules the IT staff set once for the office, as
 * {@code office municipality}, {@code login-rules} and {@code access-log-rules} set them: the
 * municipality whose register this is, the rules against guessing passwords, and what the access
 * log flags for an auditor. What is typed is checked as it is typed; only what changed is written,
 * each change audited.
 */
public final class OfficeRulesDialog extends CheckedDialog {

	private final Session session;
	private Text municipality;
	private Spinner attempts;
	private Spinner lockMinutes;
	private Spinner minimumPassword;
	private Text opens;
	private Text closes;
	private Spinner numberViews;
	private Spinner searches;

	public OfficeRulesDialog(Shell shell, Session session) {
		super(shell, Messages.OfficeRules_title);
		this.session = session;
	}

	@Override
	protected void addFields(Composite grid) {
		OfficeRules rules = session.register().settings().officeRules();
		municipality = text(grid, Messages.OfficeRules_municipality, rules.municipality().orElse(""));
		LoginRules login = rules.login();
		attempts = spinner(grid, Messages.OfficeRules_attempts, login.attempts(), 1, LoginRules.MAX_ATTEMPTS);
		lockMinutes = spinner(grid, Messages.OfficeRules_lockMinutes, login.lockMinutes(), 1, LoginRules.MAX_LOCK_MINUTES);
		minimumPassword = spinner(grid, Messages.OfficeRules_minimumPassword, login.minimumPassword(), LoginRules.DEFAULT.minimumPassword(),
				LoginRules.MAX_MINIMUM_PASSWORD);
		AccessLogRules accessLog = rules.accessLog();
		opens = text(grid, Messages.OfficeRules_opens, accessLog.opens().toString());
		closes = text(grid, Messages.OfficeRules_closes, accessLog.closes().toString());
		numberViews = spinner(grid, Messages.OfficeRules_numberViews, accessLog.numberViews(), 1, AccessLogRules.MAX_NUMBER_VIEWS);
		searches = spinner(grid, Messages.OfficeRules_searches, accessLog.searches(), 1, AccessLogRules.MAX_SEARCHES);
		ask(grid, Messages.OfficeRules_note);
	}

	private Text text(Composite grid, String label, String value) {
		new Label(grid, SWT.NONE).setText(label);
		Text text = new Text(grid, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, event -> check());
		return text;
	}

	private static Spinner spinner(Composite grid, String label, int value, int minimum, int maximum) {
		new Label(grid, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(grid, SWT.BORDER);
		spinner.setValues(value, minimum, maximum, 0, 1, 10);
		return spinner;
	}

	@Override
	protected String problem() {
		if (!municipality.getText().isBlank()) {
			try {
				LocalGovernmentCode.normalize(municipality.getText());
			} catch (InvalidValueException invalid) {
				return Failures.message(invalid);
			}
		}
		LocalTime open = time(opens);
		LocalTime close = time(closes);
		return open == null || close == null || !open.isBefore(close) ? Messages.OfficeRules_hoursInvalid : null;
	}

	private static LocalTime time(Text typed) {
		try {
			return LocalTime.parse(typed.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/**
	 * Writes what changed, in the background and in one transaction; the dialog closes when it is
	 * written, or says the refusal and stays open with nothing written.
	 */
	@Override
	protected void okPressed() {
		OfficeRules rules = new OfficeRules(Optional.of(municipality.getText().strip()),
				new LoginRules(attempts.getSelection(), lockMinutes.getSelection(), minimumPassword.getSelection()),
				new AccessLogRules(time(opens), time(closes), numberViews.getSelection(), searches.getSelection()));
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		new Reads(session, getShell()).write(Messages.OfficeRules_title, register -> {
			register.settings().setOfficeRules(rules);
			return rules;
		}, written -> super.okPressed(), refused -> {
			MessageDialog.openError(getShell(), Messages.OfficeRules_title, Failures.message(refused));
			check();
		});
	}
}
