package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * A wizard that writes one file of the register, in the home folder and named after the work and
 * today unless changed: the residents' export and a branch office's change file; then what the
 * file holds.
 */
abstract class OutputFileWizard extends ResultWizard {

	/** Writes the file (off the UI thread) and says what it holds, for the last page. */
	interface Writer {
		String write(Register open, Path out, Progress progress);
	}

	private final Supplier<Register> register;
	private final String message;
	private final String extension;
	private OutputPage page;

	OutputFileWizard(Supplier<Register> register, String title, String message, String extension) {
		super(title);
		this.register = register;
		this.message = message;
		this.extension = extension;
	}

	@Override
	final void addParameterPages() {
		page = new OutputPage();
		addPage(page);
	}

	@Override
	final Work prepare() {
		Path out = ParameterPage.path(page.out);
		Writer writer = writer();
		return progress -> new Outcome(writer.write(register.get(), out, progress), out);
	}

	/** The name the file is offered under, before the day and the extension. */
	abstract String fileStem(Register open);

	/** Adds what the page asks besides the file; nothing unless overridden. */
	void addChoices(Composite page) {
	}

	/** Reads the page's choices (on the UI thread) and returns what writes the file. */
	abstract Writer writer();

	private final class OutputPage extends ParameterPage {
		private Text out;

		OutputPage() {
			super("output", OutputFileWizard.this.getWindowTitle(), message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite grid = grid(parent);
			Register open = register.get();
			out = fileField(grid, Messages.Wizard_output, defaultFile(fileStem(open), open.today(), extension), true, "*." + extension);
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			addChoices(grid);
			setControl(grid);
		}
	}
}
