package org.madoguchi.ui.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.RegisterQueries;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;

/**
 * The residents whose cards are printed, picked rather than typed: a search as at the counter (a
 * reading, a number, a birth date), its results with their address and masked number, and a
 * check mark on each resident to print. What is checked stays while the supervisor searches on.
 */
final class ResidentPicker {

	private static final int RESULTS = 50;

	private final Supplier<RegisterQueries> queries;
	private final Runnable changed;
	private final CheckboxTableViewer list;
	private final Consumer<String> problem;
	private final Map<Long, ResidentView> picked = new LinkedHashMap<>();

	/**
	 * @param initial residents checked from the start (the one open in the editor)
	 * @param problem shows why a search failed, or clears it with null
	 */
	ResidentPicker(Composite parent, Supplier<RegisterQueries> queries, List<ResidentView> initial, Runnable changed,
			Consumer<String> problem) {
		this.queries = queries;
		this.changed = changed;
		this.problem = problem;
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(area);
		Text find = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
		find.setMessage(Messages.Print_find);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(find);
		list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
		list.getTable().setHeaderVisible(true);
		list.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Search_name, 130, ResidentView::name);
		column(Messages.Search_birth, 150, row -> Dates.show(row.birthDate()));
		column(Messages.Search_address, 260, ResidentView::address);
		column(Messages.Search_number, 130, ResidentView::maskedNumber);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 120).applyTo(list.getTable());
		initial.forEach(resident -> picked.put(resident.id(), resident));
		show(List.of());
		find.addListener(SWT.DefaultSelection, event -> search(find.getText().strip()));
		list.addCheckStateListener(event -> {
			ResidentView resident = (ResidentView) event.getElement();
			if (event.getChecked()) {
				picked.put(resident.id(), resident);
			} else {
				picked.remove(resident.id());
			}
			changed.run();
		});
	}

	List<Long> picked() {
		return List.copyOf(picked.keySet());
	}

	private void column(String title, int width, Function<ResidentView, String> text) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((ResidentView) element);
			}
		});
	}

	/** Searches in a Job: the register may be large. */
	private void search(String text) {
		if (text.isEmpty()) {
			return;
		}
		Display display = list.getControl().getDisplay();
		Job.create(Messages.Print_find, monitor -> {
			try {
				List<ResidentView> found = queries.get().search(text, RESULTS, 0);
				display.asyncExec(() -> {
					problem.accept(null);
					show(found);
				});
			} catch (RuntimeException refused) {
				display.asyncExec(() -> problem.accept(Failures.message(refused)));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** The checked residents first, then what the search found. */
	private void show(List<ResidentView> found) {
		if (list.getControl().isDisposed()) {
			return;
		}
		List<ResidentView> rows = new ArrayList<>(picked.values());
		found.stream().filter(resident -> !picked.containsKey(resident.id())).forEach(rows::add);
		list.setInput(rows);
		list.setCheckedElements(picked.values().toArray());
	}
}
