package org.madoguchi.ui.internal.resident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
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
		TableViewer viewer = Tables.viewer(parent, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, 110).applyTo(viewer.getTable());
		Tables.column(viewer, ChangeView.class, Messages.History_kind, 150, change -> Messages.change(change.kind()));
		Tables.column(viewer, ChangeView.class, Messages.History_on, 170, change -> Dates.show(change.on()));
		Tables.column(viewer, ChangeView.class, Messages.History_notifiedOn, 170, ChangeHistory::notified);
		Tables.column(viewer, ChangeView.class, Messages.History_operator, 90, ChangeView::operator);
		Tables.column(viewer, ChangeView.class, Messages.History_state, 200, ChangeHistory::state);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<ChangeView> newestFirst = new ArrayList<>(changes);
		Collections.reverse(newestFirst);
		viewer.setInput(newestFirst);
		Optional<ChangeView> cancellable = cancellable(changes);
		Button button = new Button(parent, SWT.PUSH);
		button.setText(Messages.History_cancel);
		button.setEnabled(false);
		viewer.addSelectionChangedListener(
				event -> button.setEnabled(cancellable.isPresent() && viewer.getStructuredSelection().getFirstElement() == cancellable.get()));
		button.addListener(SWT.Selection, event -> cancellable.ifPresent(cancel));
	}

	private static String notified(ChangeView change) {
		String notified = Dates.show(change.notifiedOn());
		return change.daysLate() > 0 ? notified + " " + NLS.bind(Messages.History_late, change.daysLate()) : notified;
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
