package org.madoguchi.ui.internal.resident;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.madoguchi.service.ChangeView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;

/**
 * Every change of the record, newest first: its kind, the day it took effect, the day it was
 * notified (and how late), who recorded it, and whether it was cancelled. Cancel Change is offered
 * on the one change the register cancels: the latest in force that did not create the record.
 */
final class ChangeHistory {

	private ChangeHistory() {
	}

	/** @param cancel told the change the clerk asked to cancel */
	static void create(Composite parent, List<ChangeView> changes, Consumer<ChangeView> cancel) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, 110).applyTo(table);
		Tables.columns(table, new String[] { Messages.History_kind, Messages.History_on, Messages.History_notifiedOn, Messages.History_operator,
				Messages.History_state }, 150, 170, 170, 90, 200);
		for (int index = changes.size() - 1; index >= 0; index--) {
			ChangeView change = changes.get(index);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(change);
			String notified = Dates.show(change.notifiedOn());
			item.setText(new String[] { Messages.change(change.kind()), Dates.show(change.on()),
					change.daysLate() > 0 ? notified + " " + NLS.bind(Messages.History_late, change.daysLate()) : notified,
					change.operator(), state(change) });
		}
		Optional<ChangeView> cancellable = cancellable(changes);
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.History_cancel);
		button.setEnabled(false);
		table.addListener(SWT.Selection, event -> button.setEnabled(cancellable.isPresent() && event.item.getData() == cancellable.get()));
		button.addListener(SWT.Selection, event -> cancellable.ifPresent(cancel));
	}

	private static String state(ChangeView change) {
		if (change.cancels() != null) {
			return NLS.bind(Messages.History_cancels, change.cancels());
		}
		return change.cancelled() ? Messages.History_cancelled : Messages.History_inForce;
	}

	/** The latest change in force, when it did not create the record (that one is corrected, not cancelled). */
	private static Optional<ChangeView> cancellable(List<ChangeView> changes) {
		return changes.stream().filter(change -> !change.cancelled() && change.cancels() == null)
				.reduce((earlier, later) -> later.id() > earlier.id() ? later : earlier).filter(latest -> latest.before() != null);
	}
}
