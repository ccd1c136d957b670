package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.madoguchi.service.AccessLogReports;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/** Reports > Access Log: the days and the workbook; then how many entries it holds and how many to review, and "Open folder". */
public final class AccessLogWizard extends AuditDaysWizard {

	public AccessLogWizard(Supplier<Register> register) {
		super(register, Messages.AccessLog_title, Messages.AccessLog_message, "access-log", "xlsx");
	}

	@Override
	String write(Register open, LocalDate from, LocalDate until, Path out, Progress progress) {
		AccessLogReports.Written written = open.accessLog().write(from, until, out, progress);
		return NLS.bind(Messages.AccessLog_done, new Object[] { written.entries(), written.flagged(), out });
	}
}
