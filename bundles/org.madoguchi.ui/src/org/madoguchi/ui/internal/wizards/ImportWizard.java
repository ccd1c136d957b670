package org.madoguchi.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentImport;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;

/**
 * File > Import Residents: the file and its encoding, a preview of its first rows, then the
 * import with a progress bar and Cancel (a cancelled import resumes where it stopped), and a
 * last page with the counts and the rejects file.
 */
public final class ImportWizard extends ResultWizard {

	static final int PREVIEW_ROWS = 10;
	/** The encodings offered, as the command line names them: detected, UTF-8, Shift_JIS as Windows writes it. */
	private static final String[] ENCODINGS = { null, "utf-8", "cp932" };

	private final Supplier<Register> register;
	private FilePage page;

	public ImportWizard(Supplier<Register> register) {
		super(Messages.Import_title);
		this.register = register;
	}

	@Override
	void addParameterPages() {
		page = new FilePage();
		addPage(page);
	}

	@Override
	Work prepare() {
		Path file = ParameterPage.path(page.file);
		String encoding = page.encoding();
		return progress -> {
			ResidentImport.Summary summary = register.get().imports().importFile(file, encoding, null, progress);
			String text = NLS.bind(Messages.Import_done, new Object[] { summary.read(), summary.imported(), summary.updated(),
					summary.unchanged(), summary.rejected() });
			ResidentImport.Earlier earlier = summary.resumed();
			if (earlier != null) {
				text += "\n" + NLS.bind(Messages.Import_resumed, new Object[] { earlier.rows(), earlier.imported(), earlier.updated(),
						earlier.unchanged(), earlier.rejected() });
			}
			if (summary.rejectsFile() != null) {
				text += "\n" + NLS.bind(Messages.Import_rejects, summary.rejectsFile());
			}
			return new Outcome(text, summary.rejectsFile() != null ? summary.rejectsFile() : file);
		};
	}

	private final class FilePage extends ParameterPage {
		private Text file;
		private Combo encodings;
		private TableViewer preview;

		FilePage() {
			super("file", Messages.Import_title, Messages.Import_message);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			file = fileField(page, Messages.Import_file, "", false, "*.csv", "*");
			encodings = choice(page, Messages.Import_encoding, 0, Messages.Import_detect, "UTF-8", "Shift_JIS (CP932)");
			preview = Tables.viewer(page, SWT.SINGLE);
			preview.setContentProvider(ArrayContentProvider.getInstance());
			GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(640, 200).applyTo(preview.getTable());
			file.addListener(SWT.Modify, event -> showPreview());
			encodings.addListener(SWT.Selection, event -> showPreview());
			setControl(page);
		}

		String encoding() {
			return ENCODINGS[encodings.getSelectionIndex()];
		}

		/** The header and first rows as the import will read them: a wrong encoding shows at once. */
		private void showPreview() {
			// the columns are the file's: they go with the rows
			preview.setInput(List.of());
			for (TableColumn column : preview.getTable().getColumns()) {
				column.dispose();
			}
			Path path = Path.of(file.getText().strip());
			if (file.getText().isBlank() || !Files.isRegularFile(path)) {
				setErrorMessage(file.getText().isBlank() ? null : NLS.bind(Messages.Import_noFile, file.getText()));
				setPageComplete(false);
				return;
			}
			try {
				ResidentImport.Preview shown = register.get().imports().preview(path, encoding(), PREVIEW_ROWS);
				for (int index = 0; index < shown.header().size(); index++) {
					int cell = index;
					Tables.column(preview, String[].class, shown.header().get(index), 110, row -> cell < row.length ? row[cell] : "");
				}
				preview.setInput(shown.rows().stream().map(row -> row.toArray(String[]::new)).toList());
				setErrorMessage(null);
				setPageComplete(true);
			} catch (RuntimeException e) {
				setErrorMessage(Failures.message(e));
				setPageComplete(false);
			}
		}
	}
}
