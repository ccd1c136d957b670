package org.madoguchi.ui.internal.preferences;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

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
import org.madoguchi.service.OfficeSettings;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.CheckedDialog;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * Window > Office Rules (a supervisor's): the rules the IT staff set once for the office, as
 * {@code office municipality}, {@code login-rules} and {@code access-log-rules} set them: the
 * municipality whose register this is, the rules against guessing passwords, and what the access
 * log flags for an auditor. What is typed is checked as it is typed; only what changed is written,
 * each change audited.
 */
public final class OfficeRulesDialog extends CheckedDialog {

	private final Supplier<Register> register;
	private Text municipality;
	private Spinner attempts;
	private Spinner lockMinutes;
	private Spinner minimumPassword;
	private Text opens;
	private Text closes;
	private Spinner numberViews;
	private Spinner searches;

	public OfficeRulesDialog(Shell shell, Supplier<Register> register) {
		super(shell, Messages.OfficeRules_title);
		this.register = register;
	}

	@Override
	protected void addFields(Composite grid) {
		OfficeSettings settings = register.get().settings();
		municipality = text(grid, Messages.OfficeRules_municipality, settings.municipality().orElse(""));
		LoginRules login = settings.loginRules();
		attempts = spinner(grid, Messages.OfficeRules_attempts, login.attempts(), 1, LoginRules.MAX_ATTEMPTS);
		lockMinutes = spinner(grid, Messages.OfficeRules_lockMinutes, login.lockMinutes(), 1, LoginRules.MAX_LOCK_MINUTES);
		minimumPassword = spinner(grid, Messages.OfficeRules_minimumPassword, login.minimumPassword(), LoginRules.DEFAULT.minimumPassword(),
				LoginRules.MAX_MINIMUM_PASSWORD);
		AccessLogRules accessLog = settings.accessLogRules();
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

	/** Writes what changed; a refusal is said and the dialog stays open, with nothing after it written. */
	@Override
	protected void okPressed() {
		OfficeSettings settings = register.get().settings();
		String code = municipality.getText().strip();
		LoginRules login = new LoginRules(attempts.getSelection(), lockMinutes.getSelection(), minimumPassword.getSelection());
		AccessLogRules accessLog = new AccessLogRules(time(opens), time(closes), numberViews.getSelection(), searches.getSelection());
		try {
			if (!code.isEmpty() && !settings.municipality().orElse("").equals(LocalGovernmentCode.normalize(code))) {
				settings.setMunicipality(code);
			}
			if (!login.equals(settings.loginRules())) {
				settings.setLoginRules(login);
			}
			if (!accessLog.equals(settings.accessLogRules())) {
				settings.setAccessLogRules(accessLog);
			}
		} catch (RuntimeException refused) {
			MessageDialog.openError(getShell(), Messages.OfficeRules_title, Failures.message(refused));
			return;
		}
		super.okPressed();
	}
}
