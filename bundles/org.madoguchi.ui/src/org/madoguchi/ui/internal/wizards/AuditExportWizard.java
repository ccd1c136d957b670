package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Reports > Export Audit Entries: the entries of some days to a CSV file with their hashes, to
 * archive them elsewhere (the register keeps every entry); then how many were written.
 */
public final class AuditExportWizard extends AuditDaysWizard {

	public AuditExportWizard(Supplier<Register> register) {
		super(register, Messages.AuditExport_title, Messages.AuditExport_message, "audit", "csv");
	}

	@Override
	String write(Register open, LocalDate from, LocalDate until, Path out, Progress progress) {
		return NLS.bind(Messages.AuditExport_done, open.auditArchive().export(from, until, out), out);
	}
}
