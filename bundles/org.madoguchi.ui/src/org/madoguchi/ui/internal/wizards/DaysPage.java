package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;

/**
 * The days a file of the audit trail covers (the week up to today unless changed) and the file to
 * write: the access log's page and the audit export's.
 */
final class DaysPage extends ParameterPage {

	/** The days covered unless changed: the week up to today. */
	private static final int DEFAULT_DAYS = 7;

	private final LocalDate today;
	private final String fileStem;
	private final String extension;
	private Text from;
	private Text until;
	private Text out;

	DaysPage(String title, String message, LocalDate today, String fileStem, String extension) {
		super(fileStem, title, message);
		this.today = today;
		this.fileStem = fileStem;
		this.extension = extension;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = grid(parent);
		from = field(page, Messages.AccessLog_from, today.minusDays(DEFAULT_DAYS - 1L).toString());
		until = field(page, Messages.AccessLog_until, today.toString());
		out = fileField(page, Messages.Wizard_output, defaultFile(fileStem, today, extension), true, "*." + extension);
		out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
		setControl(page);
	}

	/** The first day; a date that cannot be read is refused with the reason. */
	LocalDate from() {
		return date(from);
	}

	LocalDate until() {
		return date(until);
	}

	Path out() {
		return path(out);
	}
}
