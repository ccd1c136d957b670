package org.madoguchi.ui.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.Expiries;

/**
 * Cards > Expiry calculator: the same calculation as {@code madoguchi expiry}, with the reason
 * for each date in the clerk's language. Dates may be typed as 2023-04-01, 令和5年4月1日 or R5.4.1.
 */
public final class ExpiryDialog extends Dialog {

	private Text birth;
	private Text issued;
	private Text applied;
	private Combo status;
	private Text residenceUntil;
	private Label result;

	public ExpiryDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Expiry_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		birth = field(area, Messages.Expiry_birth);
		issued = field(area, Messages.Expiry_issued);
		applied = field(area, Messages.Expiry_applied);
		new Label(area, SWT.NONE).setText(Messages.Expiry_status);
		status = new Combo(area, SWT.READ_ONLY);
		for (ResidenceStatus each : ResidenceStatus.VALUES) {
			status.add(Messages.label(each));
		}
		status.select(0);
		residenceUntil = field(area, Messages.Expiry_residenceUntil);
		Button calculate = new Button(area, SWT.PUSH);
		calculate.setText(Messages.Expiry_calculate);
		calculate.addListener(SWT.Selection, event -> result.setText(calculate()));
		result = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 140).applyTo(result);
		return area;
	}

	private static Text field(Composite area, String label) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** Sets the fields as a clerk would type them. */
	void fill(String birthDate, String issueDate, String receiptDate, ResidenceStatus residence, String until) {
		birth.setText(birthDate);
		issued.setText(issueDate);
		applied.setText(receiptDate);
		status.select(residence.getValue());
		residenceUntil.setText(until);
	}

	/** The expiries for what is in the fields, or why they cannot be calculated. */
	String calculate() {
		try {
			LocalDate born = JapaneseDates.parse(birth.getText());
			LocalDate issuedOn = JapaneseDates.parse(issued.getText());
			LocalDate received = applied.getText().isBlank() ? issuedOn : JapaneseDates.parse(applied.getText());
			LocalDate until = residenceUntil.getText().isBlank() ? null : JapaneseDates.parse(residenceUntil.getText());
			ExpiryResult expiry = Expiries.of(new ExpiryRequest(born, issuedOn, received,
					ResidenceStatus.VALUES.get(status.getSelectionIndex()), until, false));
			return line(Messages.Expiry_card, expiry.card()) + "\n" + line(Messages.Expiry_userCertificate, expiry.userCertificate()) + "\n"
					+ line(Messages.Expiry_signatureCertificate, expiry.signatureCertificate()) + "\n"
					+ NLS.bind(Messages.Expiry_renewalFrom, JapaneseDates.westernKanji(expiry.card().renewalFrom()));
		} catch (InvalidValueException e) {
			return e.problem().in(Locale.getDefault());
		}
	}

	private static String line(String template, Expiry expiry) {
		String date = expiry.isIssued() ? JapaneseDates.westernKanji(expiry.date()) : Messages.Expiry_notIssued;
		String reason = Locale.getDefault().getLanguage().equals("ja") ? expiry.reason().japanese() : expiry.reason().english();
		return NLS.bind(template, date, reason);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
