package org.madoguchi.ui.internal.cards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.values.CardSerial;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/**
 * What a card step asks before it is taken: the question that names the person, and the facts
 * the step needs (a day, the channel of an application, the card's serial, a reason). Each is
 * checked as it is typed, and OK is offered only when all are valid.
 */
final class CardStepDialog extends Dialog {

	private final String title;
	private final String question;
	private final List<Field> fields = new ArrayList<>();
	private Label problem;
	private LocalDate day;
	private ApplicationChannel channel = ApplicationChannel.COUNTER;
	private String serial;
	private String reason;
	private boolean asksChannel;

	/** One typed fact: its label, what it starts with, and how it is read (throwing when invalid). */
	private record Field(String label, String initial, Reader reader) {
	}

	@FunctionalInterface
	private interface Reader {
		void read(String typed);
	}

	CardStepDialog(Shell shell, String title, String question) {
		super(shell);
		this.title = title;
		this.question = question;
	}

	/** A day, ISO or in the era forms; its default is shown. */
	CardStepDialog askDay(String label, LocalDate initial) {
		fields.add(new Field(label, initial == null ? "" : initial.toString(), typed -> day = JapaneseDates.parse(typed)));
		return this;
	}

	CardStepDialog askSerial() {
		fields.add(new Field(Messages.Card_serial, "", typed -> serial = CardSerial.normalize(typed)));
		return this;
	}

	CardStepDialog askReason(String initial) {
		fields.add(new Field(Messages.Card_reason, initial, typed -> {
			if (typed.isBlank()) {
				throw new UnreadableInput(Messages.Card_required);
			}
			reason = typed.strip();
		}));
		return this;
	}

	/** The channel of an application: a choice, so it is always valid. */
	CardStepDialog askChannel() {
		asksChannel = true;
		return this;
	}

	LocalDate day() {
		return day;
	}

	ApplicationChannel channel() {
		return channel;
	}

	String serial() {
		return serial;
	}

	String reason() {
		return reason;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label asked = new Label(area, SWT.WRAP);
		asked.setText(question);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(asked);
		List<Supplier<String>> checks = new ArrayList<>();
		for (Field field : fields) {
			new Label(area, SWT.NONE).setText(field.label());
			Text text = new Text(area, SWT.BORDER);
			text.setText(field.initial());
			GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
			checks.add(() -> problemOf(field, text.getText()));
			text.addListener(SWT.Modify, event -> check(checks));
		}
		if (asksChannel) {
			new Label(area, SWT.NONE).setText(Messages.Card_channel);
			ComboViewer channels = new ComboViewer(area, SWT.READ_ONLY);
			channels.setContentProvider(ArrayContentProvider.getInstance());
			channels.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return Messages.label((ApplicationChannel) element);
				}
			});
			channels.setInput(ApplicationChannel.VALUES);
			channels.setSelection(new StructuredSelection(channel));
			channels.addSelectionChangedListener(event -> channel = (ApplicationChannel) event.getStructuredSelection().getFirstElement());
		}
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		area.getDisplay().asyncExec(() -> check(checks));
		return area;
	}

	/** Null when the field reads; else why not, in the workbench's language. */
	private static String problemOf(Field field, String typed) {
		try {
			field.reader().read(typed);
			return null;
		} catch (IllegalArgumentException refused) {
			return field.label() + ": " + Failures.message(refused);
		}
	}

	private void check(List<Supplier<String>> checks) {
		if (problem == null || problem.isDisposed()) {
			return;
		}
		String first = checks.stream().map(Supplier::get).filter(found -> found != null).findFirst().orElse(null);
		problem.setText(first == null ? "" : first);
		problem.getParent().layout();
		getButton(IDialogConstants.OK_ID).setEnabled(first == null);
	}
}
