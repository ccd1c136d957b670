package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ExpiryReports.Documents;
import org.madoguchi.service.ExpiryReports.Kind;
import org.madoguchi.service.ExpiryReports;
import org.madoguchi.service.Permission;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/** Reports > Expiry and Renewal Lists: which list, as of when, for whom; the workbook, then "Open folder". */
public final class ReportWizard extends ResultWizard {

	private final Supplier<Register> register;
	private final int defaultWindow;
	private ReportPage page;

	/** @param defaultWindow the days ahead an expiry list covers unless changed (Preferences) */
	public ReportWizard(Supplier<Register> register, int defaultWindow) {
		super(Messages.Report_title);
		this.register = register;
		this.defaultWindow = defaultWindow;
	}

	@Override
	void addParameterPages() {
		page = new ReportPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		Kind kind = Kind.values()[page.kind.getSelectionIndex()];
		Integer within = kind == Kind.RENEWALS_DUE ? null : page.within.getSelection();
		Documents documents = Documents.values()[page.documents.getSelectionIndex()];
		String municipality = page.municipality.getText().isBlank() ? null : page.municipality.getText().strip();
		Path out = ParameterPage.path(page.out);
		ExpiryReports.Request request = new ExpiryReports.Request(kind, ParameterPage.date(page.asOf), within, documents, municipality,
				page.withNumber.getSelection(), out);
		return progress -> {
			long rows = register.get().reports().write(request, progress);
			return new Outcome(NLS.bind(Messages.Report_done, rows, out), out);
		};
	}

	private final class ReportPage extends ParameterPage {
		private Combo kind;
		private Text asOf;
		private Spinner within;
		private Combo documents;
		private Text municipality;
		private Button withNumber;
		private Text out;

		ReportPage() {
			super("report", Messages.Report_title, Messages.Report_message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			kind = choice(page, Messages.Report_kind, 0, Messages.Report_expiring, Messages.Report_renewals, Messages.Report_foreign);
			asOf = field(page, Messages.Report_asOf, register.get().today().toString());
			new Label(page, SWT.NONE).setText(Messages.Report_within);
			within = new Spinner(page, SWT.BORDER);
			within.setValues(defaultWindow, 1, 3650, 0, 1, 30);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(within);
			documents = choice(page, Messages.Report_documents, 2, Messages.Report_cardsOnly, Messages.Report_certificatesOnly,
					Messages.Report_all);
			municipality = field(page, Messages.Report_municipality, "");
			withNumber = new Button(page, SWT.CHECK);
			withNumber.setText(Messages.Report_withNumber);
			withNumber.setEnabled(Permission.SHOW_NUMBER.allows(register.get().operator().role()));
			GridDataFactory.fillDefaults().span(3, 1).applyTo(withNumber);
			out = fileField(page, Messages.Wizard_output, defaultFile("expiry-report", register.get().today(), "xlsx"), true, "*.xlsx");
			kind.addListener(SWT.Selection, event -> within.setEnabled(kind.getSelectionIndex() != Kind.RENEWALS_DUE.ordinal()));
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			setControl(page);
		}
	}
}
