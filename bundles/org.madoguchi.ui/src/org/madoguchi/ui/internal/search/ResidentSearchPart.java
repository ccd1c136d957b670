package org.madoguchi.ui.internal.search;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
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
	private TableViewer viewer;
	private Table table;
	private Reads reads;
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
		viewer = Tables.viewer(parent, SWT.VIRTUAL | SWT.SINGLE);
		table = viewer.getTable();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		// what tells residents apart at a glance comes first, so that it shows without scrolling in the window's left part
		Tables.column(viewer, ResidentView.class, Messages.Search_name, 100, ResidentView::name);
		Tables.column(viewer, ResidentView.class, Messages.Search_address, 160, ResidentView::address);
		Tables.column(viewer, ResidentView.class, Messages.Search_number, 160, ResidentView::maskedNumber);
		Tables.column(viewer, ResidentView.class, Messages.Search_birth, 160, row -> Dates.show(row.birthDate()));
		Tables.column(viewer, ResidentView.class, Messages.Search_kana, 150, ResidentView::kana);
		viewer.setContentProvider(new LazyRows());
		reads = new Reads(session, table);
		viewer.addSelectionChangedListener(event -> selection.setSelection(selected()));
		viewer.addOpenListener(event -> openSelected());
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

	/** Rows come from the search's pages as the table shows them; a row whose page is on its way fills when it arrives. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			ResidentView row = pages == null ? null : pages.row(index);
			if (row != null) {
				viewer.replace(row, index);
			}
		}
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
		viewer.setItemCount(0);
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
		ResidentPages next = new ResidentPages(reads, text, withRemoved, this::arrived);
		pages = next;
		status.setText(Messages.Search_searching);
		counting = reads.read(Messages.Search_searching, register -> register.queries().count(text, withRemoved), count -> show(next, count),
				failure -> status.setText(Failures.message(failure)));
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
		if (shown != pages) {
			return;
		}
		status.setText(count == 1 ? Messages.Search_foundOne : NLS.bind(Messages.Search_found, String.format("%,d", count)));
		viewer.setItemCount(0);
		viewer.setItemCount((int) Math.min(Integer.MAX_VALUE, count));
	}

	/** A page came: its rows that the table asked for while it was on its way are asked for again. */
	private void arrived(int page) {
		int to = Math.min(table.getItemCount(), (page + 1) * ResidentPages.PAGE);
		for (int index = page * ResidentPages.PAGE; index < to; index++) {
			viewer.clear(index);
		}
	}

	private ResidentView selected() {
		int index = table.getSelectionIndex();
		return index < 0 || pages == null ? null : pages.row(index);
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
