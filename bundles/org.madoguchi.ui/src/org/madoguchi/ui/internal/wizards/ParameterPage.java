package org.madoguchi.ui.internal.wizards;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.Register;
import org.madoguchi.service.Sheet;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/** A page that asks for the work's parameters; Finish (not Next) starts the work. */
abstract class ParameterPage extends WizardPage {

	ParameterPage(String name, String title, String message) {
		super(name, title, null);
		setMessage(message);
	}

	@Override
	public boolean canFlipToNextPage() {
		return false;
	}

	/** A labelled text field across the page's columns (3: label, field, button). */
	static Text field(Composite page, String label, String initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A file field with a Browse button; {@code save} asks where to write. */
	static Text fileField(Composite page, String label, String initial, boolean save, String... extensions) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(initial);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.Wizard_browse);
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(page.getShell(), save ? SWT.SAVE : SWT.OPEN);
			dialog.setFilterExtensions(extensions);
			dialog.setOverwrite(save);
			if (!text.getText().isBlank()) {
				dialog.setFileName(text.getText());
			}
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	/** A labelled read-only choice across the page's columns. */
	static Combo choice(Composite page, String label, int selected, String... items) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(selected);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
		return combo;
	}

	static Composite grid(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		return page;
	}

	/** The date typed in ISO or era form (the wizard shows why one cannot be read). */
	static LocalDate date(Text field) {
		return JapaneseDates.parse(field.getText());
	}

	static Path path(Text field) {
		try {
			return Path.of(field.getText().strip()).toAbsolutePath();
		} catch (InvalidPathException notAPath) {
			throw new UnreadableInput(NLS.bind(Messages.Wizard_notAPath, field.getText().strip()), notAPath);
		}
	}

	/** The layout file the field names; null when it is empty (the standard layout). */
	static Path layout(Text field) {
		return field.getText().isBlank() ? null : path(field);
	}

	/** The register's printing with the layout file, or the standard layout for null. */
	static CardPrinting printing(Register open, Path layout) {
		return layout == null ? open.printing() : open.printing().withLayout(layout);
	}

	/** The sheet a choice made with {@link #sheetChoice} names. */
	static Sheet sheet(Combo sheetChoice) {
		return Sheet.values()[sheetChoice.getSelectionIndex()];
	}

	/** Which sheet to print on: card-sized pages or A4 (chosen at first). */
	static Combo sheetChoice(Composite page) {
		return choice(page, Messages.Print_sheet, Sheet.A4.ordinal(), Messages.Print_sheetCard, Messages.Print_sheetA4);
	}

	/** The default output file: in the home folder, named after the work and today. */
	static String defaultFile(String name, LocalDate today, String extension) {
		return Path.of(System.getProperty("user.home"), name + "-" + today + "." + extension).toString();
	}
}
