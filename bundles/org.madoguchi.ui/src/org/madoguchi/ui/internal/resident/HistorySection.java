package org.madoguchi.ui.internal.resident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;

/**
 * Every change of the record, newest first: its kind, the day it took effect, the day it was
 * notified (and how late), who recorded it, and whether it was cancelled. Cancel Change is offered
 * on the one change the register cancels, the latest in force that did not create the record; it
 * asks the reason, then cancels off the UI thread.
 */
final class HistorySection implements EditorSection {

	private final Session session;
	private final Consumer<ChangeOutcome> recorded;
	private final Consumer<RuntimeException> refused;
	private Group group;
	private TableViewer viewer;
	private Button cancel;
	/** The change Cancel Change cancels, when there is one. */
	private Optional<ChangeView> cancellable = Optional.empty();

	/**
	 * @param recorded told on the UI thread when a change was cancelled
	 * @param refused told on the UI thread when the register refused to cancel it
	 */
	HistorySection(Session session, Consumer<ChangeOutcome> recorded, Consumer<RuntimeException> refused) {
		this.session = session;
		this.recorded = recorded;
		this.refused = refused;
	}

	@Override
	public void create(Composite page) {
		group = SectionControls.group(page, Messages.Editor_history, 1);
		viewer = SectionControls.list(group, 110);
		Tables.column(viewer, ChangeView.class, Messages.History_kind, 150, change -> Messages.change(change.kind()));
		Tables.column(viewer, ChangeView.class, Messages.History_on, 170, change -> Dates.show(change.on()));
		Tables.column(viewer, ChangeView.class, Messages.History_notifiedOn, 170, HistorySection::notified);
		Tables.column(viewer, ChangeView.class, Messages.History_operator, 90, ChangeView::operator);
		Tables.column(viewer, ChangeView.class, Messages.History_state, 200, HistorySection::state);
		cancel = new Button(group, SWT.PUSH);
		cancel.setText(Messages.History_cancel);
		cancel.setEnabled(false);
		viewer.addSelectionChangedListener(event -> cancel.setEnabled(
				cancellable.isPresent() && viewer.getStructuredSelection().getFirstElement() == cancellable.get()));
		cancel.addListener(SWT.Selection, event -> cancellable.ifPresent(this::cancel));
	}

	@Override
	public void show(ResidentRead read) {
		List<ChangeView> changes = read.record().changes();
		cancellable = cancellable(changes);
		List<ChangeView> newestFirst = new ArrayList<>(changes);
		Collections.reverse(newestFirst);
		viewer.setInput(newestFirst);
		cancel.setEnabled(false);
	}

	/** Cancel Change: asks the reason, then cancels the change off the UI thread. */
	private void cancel(ChangeView change) {
		InputDialog reason = new InputDialog(group.getShell(), Messages.History_cancelTitle,
				NLS.bind(Messages.History_cancelQuestion, Messages.change(change.kind()), Dates.show(change.on())), "",
				typed -> typed.isBlank() ? Messages.Change_required : null);
		if (reason.open() != Window.OK) {
			return;
		}
		String why = reason.getValue().strip();
		new Reads(session, group).write(Messages.History_cancelTitle, register -> register.changes().cancel(change.id(), why), recorded, refused);
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
