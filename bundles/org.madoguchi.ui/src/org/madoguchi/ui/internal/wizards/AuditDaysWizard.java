package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;

/**
 * A wizard that writes a file of the audit trail's days, the week up to today unless changed:
 * the access log's workbook and the audit export's CSV; then what the file holds.
 */
abstract class AuditDaysWizard extends ResultWizard {

	private final Supplier<Register> register;
	private final String message;
	private final String fileStem;
	private final String extension;
	private DaysPage page;

	AuditDaysWizard(Supplier<Register> register, String title, String message, String fileStem, String extension) {
		super(title);
		this.register = register;
		this.message = message;
		this.fileStem = fileStem;
		this.extension = extension;
	}

	@Override
	final void addParameterPages() {
		page = new DaysPage(getWindowTitle(), message, register.get().today(), fileStem, extension);
		addPage(page);
	}

	@Override
	final Work prepare() {
		LocalDate from = page.from();
		LocalDate until = page.until();
		Path out = page.out();
		return progress -> new Outcome(write(register.get(), from, until, out, progress), out);
	}

	/** Writes the file of the days from {@code from} to {@code until}; returns what it holds, for the last page. */
	abstract String write(Register open, LocalDate from, LocalDate until, Path out, Progress progress);
}
