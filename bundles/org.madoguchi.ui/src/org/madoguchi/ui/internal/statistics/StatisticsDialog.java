package org.madoguchi.ui.internal.statistics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.model.CardStatus;
import org.madoguchi.service.RegisterQueries.Counts;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;

/**
 * Reports > Register Statistics: how many residents, households, cards by status, certificates,
 * audit entries and civil servants the register holds, as {@code stats} counts them; counts only,
 * so every role may read them. Read off the UI thread as the dialog opens.
 */
final class StatisticsDialog extends Dialog {

	/** A line of the table: what is counted, and how many. */
	record Line(String what, String count) {
	}

	private final Session session;
	private TableViewer table;
	private Label problem;

	StatisticsDialog(Shell shell, Session session) {
		super(shell);
		this.session = session;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Stats_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		table = Tables.viewer(area, SWT.SINGLE);
		Tables.column(table, Line.class, Messages.Stats_what, 260, Line::what);
		Tables.column(table, Line.class, Messages.Stats_count, 120, Line::count);
		table.getTable().getColumn(1).setAlignment(SWT.RIGHT);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 260).applyTo(table.getControl());
		problem = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(problem);
		new Reads(session, table.getControl()).read(Messages.Stats_title, register -> lines(register.queries().counts()), table::setInput,
				refused -> problem.setText(Failures.message(refused)));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The counts as the table lists them, in the workbench's language and number format. */
	static List<Line> lines(Counts counts) {
		NumberFormat number = NumberFormat.getIntegerInstance();
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(Messages.Stats_residents, number.format(counts.residents())));
		lines.add(new Line(Messages.Stats_households, number.format(counts.households())));
		for (Map.Entry<String, Long> status : counts.cards().entrySet()) {
			CardStatus known = CardStatus.get(status.getKey());
			String label = known == null ? status.getKey() : Messages.label(known);
			lines.add(new Line(NLS.bind(Messages.Stats_cards, label), number.format(status.getValue())));
		}
		lines.add(new Line(Messages.Stats_certificates, number.format(counts.certificates())));
		lines.add(new Line(Messages.Stats_auditEntries, number.format(counts.auditEntries())));
		lines.add(new Line(Messages.Stats_civilServants, number.format(counts.civilServants())));
		return lines;
	}
}
