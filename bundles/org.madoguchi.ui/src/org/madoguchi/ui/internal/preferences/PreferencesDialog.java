package org.madoguchi.ui.internal.preferences;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.OfficeSettings;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;

/**
 * Window > Preferences: the register's location, the office's name, the default report window, the
 * idle lock, the days without central's reply before a branch office is warned, and the language.
 * The office's name, its sync warning and what protects the counter (the register's location, the
 * idle lock) are the office's: stored in the register, a supervisor's to change,
 * read-only for everybody else. Location and language take effect at the next start.
 */
public final class PreferencesDialog extends Dialog {

	private static final List<String> LANGUAGES = List.of("", "ja", "en");

	private final WorkbenchPreferences preferences;
	private final Session session;
	private Text database;
	private Text office;
	private Spinner reportWindow;
	private Spinner idleLock;
	private Spinner syncWarning;
	private Combo language;

	public PreferencesDialog(Shell parent, WorkbenchPreferences preferences, Session session) {
		super(parent);
		this.preferences = preferences;
		this.session = session;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Preferences_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		boolean supervisor = Permission.SUPERVISE.allows(session.register().operator().role());
		database = text(area, Messages.Preferences_database, preferences.database(), 1);
		database.setEditable(supervisor);
		Button browse = new Button(area, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, event -> {
			String folder = new DirectoryDialog(getShell()).open();
			if (folder != null) {
				database.setText(folder);
			}
		});
		browse.setEnabled(supervisor);
		office = text(area, Messages.Preferences_office, session.register().office(), 2);
		office.setEditable(supervisor);
		reportWindow = spinner(area, Messages.Preferences_reportWindow, preferences.reportWindowDays(), 1, 3650);
		idleLock = spinner(area, Messages.Preferences_idleLock, session.register().settings().idleLockMinutes(), 0,
				OfficeSettings.MAX_IDLE_LOCK_MINUTES);
		idleLock.setEnabled(supervisor);
		syncWarning = spinner(area, Messages.Preferences_syncWarning, session.register().settings().syncWarningDays(), 1,
				OfficeSettings.MAX_SYNC_WARNING_DAYS);
		syncWarning.setEnabled(supervisor);
		new Label(area, SWT.NONE).setText(Messages.Preferences_language);
		language = new Combo(area, SWT.READ_ONLY);
		language.setItems(Messages.Preferences_system, "日本語", "English");
		language.select(Math.max(0, LANGUAGES.indexOf(preferences.language())));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(language);
		Label note = new Label(area, SWT.WRAP);
		note.setText(supervisor ? Messages.Preferences_restart : Messages.Preferences_supervisors);
		GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(note);
		return area;
	}

	private static Text text(Composite area, String label, String value, int span) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		text.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Spinner spinner(Composite area, String label, int value, int minimum, int maximum) {
		new Label(area, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(area, SWT.BORDER);
		spinner.setValues(value, minimum, maximum, 0, 1, 10);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(spinner);
		return spinner;
	}

	/**
	 * Writes the office's settings that changed in the background, then this workstation's; the
	 * dialog closes when they are written, or says the refusal and stays open.
	 */
	@Override
	protected void okPressed() {
		String officeName = office.getText().strip();
		int idleMinutes = idleLock.getSelection();
		int warningDays = syncWarning.getSelection();
		String location = database.getText().strip();
		int window = reportWindow.getSelection();
		String chosenLanguage = LANGUAGES.get(language.getSelectionIndex());
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		new Reads(session, getShell()).write(Messages.Preferences_title, register -> {
			if (!officeName.equals(register.office())) {
				register.renameOffice(officeName);
			}
			if (idleMinutes != register.settings().idleLockMinutes()) {
				register.settings().setIdleLockMinutes(idleMinutes);
			}
			if (warningDays != register.settings().syncWarningDays()) {
				register.settings().setSyncWarningDays(warningDays);
			}
			if (!location.equals(preferences.database())) {
				preferences.moveRegister(register, location);
			}
			return location;
		}, written -> {
			try {
				preferences.save(window, chosenLanguage);
			} catch (RuntimeException notSaved) {
				refused(notSaved);
				return;
			}
			super.okPressed();
		}, this::refused);
	}

	/** Says why, and lets the operator try again. */
	private void refused(RuntimeException refusal) {
		MessageDialog.openError(getShell(), Messages.Preferences_title, Failures.message(refusal));
		if (getShell() != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(true);
		}
	}
}
