package org.madoguchi.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.Progress;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.MonitorProgress;

/**
 * A wizard whose Finish does long work (an import, a report, a print run) off the UI thread with
 * the wizard's progress bar and Cancel button, then shows what was done on a last page with
 * "Open folder". The UI stays responsive; a refusal is shown on the page that asked for it.
 */
abstract class ResultWizard extends Wizard {

	/** What the work did, for the last page, and the file it wrote (its folder is opened on request). */
	record Outcome(String summary, Path file) {
	}

	private final ResultPage resultPage = new ResultPage();
	private Outcome outcome;

	ResultWizard(String title) {
		setWindowTitle(title);
		setNeedsProgressMonitor(true);
	}

	/** Adds the pages that ask for the parameters. */
	abstract void addParameterPages();

	/** Reads the parameters from the pages (on the UI thread) and returns the work to run. */
	abstract Work prepare();

	interface Work {
		Outcome run(Progress progress);
	}

	@Override
	public final void addPages() {
		addParameterPages();
		addPage(resultPage);
	}

	@Override
	public boolean canFinish() {
		if (outcome != null) {
			return true;
		}
		for (var page : getPages()) {
			if (page != resultPage && !page.isPageComplete()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public final boolean performFinish() {
		if (outcome != null) {
			return true;
		}
		WizardPage asking = (WizardPage) getContainer().getCurrentPage();
		try {
			Work work = prepare();
			getContainer().run(true, true, monitor -> {
				try {
					outcome = work.run(new MonitorProgress(monitor, getWindowTitle()));
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			asking.setErrorMessage(Failures.message(e.getCause()));
			return false;
		} catch (RuntimeException e) {
			asking.setErrorMessage(Failures.message(e));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		resultPage.show(outcome);
		getContainer().showPage(resultPage);
		getContainer().updateButtons();
		return false;
	}

	/** The last page: what was done, where the file is. */
	private static final class ResultPage extends WizardPage {
		private Label summary;
		private Button openFolder;
		private Path file;

		ResultPage() {
			super("result", Messages.Wizard_resultTitle, null);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(page);
			summary = new Label(page, SWT.WRAP);
			summary.setData("result", Boolean.TRUE);
			GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(summary);
			openFolder = new Button(page, SWT.PUSH);
			openFolder.setText(Messages.Wizard_openFolder);
			openFolder.addListener(SWT.Selection, event -> Program.launch(file.toAbsolutePath().getParent().toString()));
			setControl(page);
		}

		void show(Outcome outcome) {
			this.file = outcome.file();
			summary.setText(outcome.summary());
			openFolder.setEnabled(file != null);
			setPageComplete(true);
			summary.getParent().layout(true, true);
		}

		@Override
		public boolean canFlipToNextPage() {
			return false;
		}

		/** None once the work is done: changing the parameters and finishing again would not redo it. */
		@Override
		public IWizardPage getPreviousPage() {
			return isPageComplete() ? null : super.getPreviousPage();
		}
	}
}
