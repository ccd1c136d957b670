package org.madoguchi.ui.internal.search;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One search field (kana, kanji, Individual Number, birth date or address, as the register
 * searches) over a virtual table: only the rows on screen are fetched, so a blank search scrolls
 * through the whole register. Down goes from the field to the table, Enter opens the resident.
 * Removed records (除票: moved out, died) are found only when the clerk asks for them.
 */
public final class ResidentSearchPart {

	/** Wait this long after the last keystroke before searching. */
	private static final int TYPING_PAUSE_MS = 250;

	@Inject
	private Session session;
	@Inject
	private UISynchronize ui;
	@Inject
	private ESelectionService selection;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	private Text search;
	private Button removed;
	private Label status;
	private Table table;
	private ResidentPages pages;
	private Job counting;
	private final Runnable searchLater = this::search;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.Search_hint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		removed = new Button(parent, SWT.CHECK);
		removed.setText(Messages.Search_removed);
		removed.addListener(SWT.Selection, event -> search());
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table = new Table(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		// what tells residents apart at a glance comes first, so that it shows without scrolling in the window's left part
		Tables.columns(table, new String[] { Messages.Search_name, Messages.Search_address, Messages.Search_number, Messages.Search_birth,
				Messages.Search_kana }, 100, 190, 130, 160, 150);
		table.addListener(SWT.SetData, event -> fill((TableItem) event.item, event.index));
		table.addListener(SWT.Selection, event -> selection.setSelection(selected()));
		table.addListener(SWT.DefaultSelection, event -> openSelected());
		search.addListener(SWT.Modify, event -> {
			search.getDisplay().timerExec(-1, searchLater);
			search.getDisplay().timerExec(TYPING_PAUSE_MS, searchLater);
		});
		search.addListener(SWT.DefaultSelection, event -> search());
		search.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_DOWN && table.getItemCount() > 0) {
				table.setFocus();
				table.setSelection(0);
				selection.setSelection(selected());
			}
		});
		search();
	}

	@Focus
	void focus() {
		search.setFocus();
	}

	@Inject
	@Optional
	void registerChanged(@UIEventTopic(SessionEvents.REGISTER_CHANGED) Object change) {
		if (table != null && !table.isDisposed()) {
			search();
		}
	}

	/** The counter locked: the text typed and the residents found go, before anybody else logs in. */
	@Inject
	@Optional
	void counterLocked(@UIEventTopic(SessionEvents.COUNTER_LOCKED) Object leaving) {
		if (table != null && !table.isDisposed()) {
			forget();
		}
	}

	/** Whoever logged in starts from a blank search, as at start-up; a role without the register is told so. */
	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) Object arriving) {
		if (table != null && !table.isDisposed()) {
			forget();
			search();
		}
	}

	private void forget() {
		search.setText("");
		removed.setSelection(false);
		search.getDisplay().timerExec(-1, searchLater);
		stopReading();
		pages = null;
		table.setItemCount(0);
		status.setText("");
		selection.setSelection(null);
	}

	/** Counts the residents found for the text (off the UI thread), then lets the table fetch what it shows. */
	private void search() {
		if (search.isDisposed()) {
			return;
		}
		String text = search.getText().strip();
		boolean withRemoved = removed.getSelection();
		stopReading();
		ResidentPages next = new ResidentPages(session.register().queries(), text, withRemoved, page -> ui.asyncExec(() -> arrived(page)));
		pages = next;
		status.setText(Messages.Search_searching);
		counting = Job.create(Messages.Search_searching, monitor -> {
			try {
				long count = session.register().queries().count(text, withRemoved);
				ui.asyncExec(() -> show(next, count));
			} catch (RuntimeException e) {
				ui.asyncExec(() -> status.setText(Failures.message(e)));
			}
			return Status.OK_STATUS;
		});
		counting.setSystem(true);
		counting.schedule();
	}

	private void stopReading() {
		if (counting != null) {
			counting.cancel();
		}
		if (pages != null) {
			pages.cancel();
		}
	}

	private void show(ResidentPages shown, long count) {
		if (table.isDisposed() || shown != pages) {
			return;
		}
		status.setText(count == 1 ? Messages.Search_foundOne : NLS.bind(Messages.Search_found, String.format("%,d", count)));
		table.setItemCount((int) Math.min(Integer.MAX_VALUE, count));
		table.clearAll();
	}

	private void arrived(int page) {
		if (table.isDisposed()) {
			return;
		}
		int from = page * ResidentPages.PAGE;
		int to = Math.min(table.getItemCount(), from + ResidentPages.PAGE) - 1;
		if (from <= to) {
			table.clear(from, to);
		}
	}

	private void fill(TableItem item, int index) {
		ResidentView row = pages.row(index);
		if (row == null) {
			item.setText(0, "…");
			return;
		}
		item.setData(row);
		item.setText(new String[] { row.name(), row.address() == null ? "" : row.address(), row.maskedNumber() == null ? "" : row.maskedNumber(),
				Dates.show(row.birthDate()), row.kana() });
	}

	private ResidentView selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : pages.row(index);
	}

	private void openSelected() {
		ResidentView row = selected();
		if (row != null) {
			ResidentEditors.open(parts, model, application, row.id(), row.name());
		}
	}

	@PreDestroy
	void dispose() {
		if (pages != null) {
			pages.cancel();
		}
	}
}
