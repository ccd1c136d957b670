package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/**
 * The typed facts of a change form, a label before each, in two pairs of columns. Every edit is
 * told to the form's owner (which then previews the change); what was typed is read when the
 * change is asked for, and what cannot be read names its field.
 */
final class FormFields {

	private final Composite area;
	private final Runnable edited;

	FormFields(Composite parent, Runnable edited) {
		this.edited = edited;
		area = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(12, 4).applyTo(area);
	}

	Composite area() {
		return area;
	}

	Text text(String label, String initial) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		text.setText(initial == null ? "" : initial);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).indent(8, 0).applyTo(text);
		text.addListener(SWT.Modify, event -> edited.run());
		return text;
	}

	Text date(String label, LocalDate initial) {
		return text(label, initial == null ? "" : initial.toString());
	}

	Button check(String label) {
		Button check = new Button(area, SWT.CHECK);
		check.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
		check.addListener(SWT.Selection, event -> edited.run());
		return check;
	}

	/** A line across the form, for what the fields amount to. */
	Label line() {
		Label line = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).indent(0, 8).applyTo(line);
		return line;
	}

	Combo choice(String label, String... items) {
		new Label(area, SWT.NONE).setText(label);
		Combo combo = new Combo(area, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(0);
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(combo);
		combo.addListener(SWT.Selection, event -> edited.run());
		return combo;
	}

	/** The day typed (ISO or Japanese era); refused naming the field when it cannot be read or is missing. */
	static LocalDate day(Text text, String label) {
		if (text.getText().isBlank()) {
			throw new UnreadableInput(label + ": " + Messages.Change_required);
		}
		return optionalDay(text, label);
	}

	/** The day typed, or null when the field is empty. */
	static LocalDate optionalDay(Text text, String label) {
		try {
			return text.getText().isBlank() ? null : JapaneseDates.parse(text.getText());
		} catch (InvalidValueException unreadable) {
			throw new UnreadableInput(label + ": " + Failures.message(unreadable), unreadable);
		}
	}

	/** The text typed, stripped; null when empty. */
	static String optional(Text text) {
		return text.getText().isBlank() ? null : text.getText().strip();
	}

	static String required(Text text, String label) {
		String typed = optional(text);
		if (typed == null) {
			throw new UnreadableInput(label + ": " + Messages.Change_required);
		}
		return typed;
	}
}
