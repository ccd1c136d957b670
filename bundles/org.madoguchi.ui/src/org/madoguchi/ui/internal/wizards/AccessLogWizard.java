package org.madoguchi.ui.internal.wizards;

import java.util.function.Supplier;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.AccessLogReports;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/** Reports > Access Log: the days and the workbook; then how many entries it holds and how many to review, and "Open folder". */
public final class AccessLogWizard extends ResultWizard {

	/** The days an access log covers unless changed: the week up to today. */
	private static final int DEFAULT_DAYS = 7;

	private final Supplier<Register> register;
	private AccessLogPage page;

	public AccessLogWizard(Supplier<Register> register) {
		super(Messages.AccessLog_title);
		this.register = register;
	}

	@Override
	void addParameterPages() {
		page = new AccessLogPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		LocalDate from = ParameterPage.date(page.from);
		LocalDate until = ParameterPage.date(page.until);
		Path out = ParameterPage.path(page.out);
		return progress -> {
			AccessLogReports.Written written = register.get().accessLog().write(from, until, out, progress);
			return new Outcome(NLS.bind(Messages.AccessLog_done, new Object[] { written.entries(), written.flagged(), out }), out);
		};
	}

	private final class AccessLogPage extends ParameterPage {
		private Text from;
		private Text until;
		private Text out;

		AccessLogPage() {
			super("accessLog", Messages.AccessLog_title, Messages.AccessLog_message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			LocalDate today = register.get().today();
			from = field(page, Messages.AccessLog_from, today.minusDays(DEFAULT_DAYS - 1L).toString());
			until = field(page, Messages.AccessLog_until, today.toString());
			out = fileField(page, Messages.Wizard_output, defaultFile("access-log", today, "xlsx"), true, "*.xlsx");
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			setControl(page);
		}
	}
}
