package org.madoguchi.ui.internal.wizards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;

/**
 * The residents whose cards are printed, picked rather than typed: a search as at the counter (a
 * reading, a number, a birth date), its results with their address and masked number, and a
 * check mark on each resident to print. What is checked stays while the supervisor searches on.
 */
final class ResidentPicker {

	private static final int RESULTS = 50;

	private final Reads reads;
	private final Runnable changed;
	private final CheckboxTableViewer list;
	private final Consumer<String> problem;
	private final Map<Long, ResidentView> picked = new LinkedHashMap<>();

	/**
	 * @param initial residents checked from the start (the one open in the editor)
	 * @param problem shows why a search failed, or clears it with null
	 */
	ResidentPicker(Composite parent, Session session, List<ResidentView> initial, Runnable changed, Consumer<String> problem) {
		this.changed = changed;
		this.problem = problem;
		Composite area = new Composite(parent, SWT.NONE);
		reads = new Reads(session, area);
		GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(area);
		Text find = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
		find.setMessage(Messages.Print_find);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(find);
		list = CheckboxTableViewer.newCheckList(area, SWT.BORDER | SWT.FULL_SELECTION);
		list.getTable().setHeaderVisible(true);
		list.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(list, ResidentView.class, Messages.Search_name, 130, ResidentView::name);
		Tables.column(list, ResidentView.class, Messages.Search_birth, 150, row -> Dates.show(row.birthDate()));
		Tables.column(list, ResidentView.class, Messages.Search_address, 260, ResidentView::address);
		Tables.column(list, ResidentView.class, Messages.Search_number, 130, ResidentView::maskedNumber);
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

	/** Searches in the background: the register may be large. */
	private void search(String text) {
		if (text.isEmpty()) {
			return;
		}
		reads.read(Messages.Print_find, register -> register.queries().search(text, RESULTS, 0), found -> {
			problem.accept(null);
			show(found);
		}, refused -> problem.accept(Failures.message(refused)));
	}

	/** The checked residents first, then what the search found. */
	private void show(List<ResidentView> found) {
		List<ResidentView> rows = new ArrayList<>(picked.values());
		found.stream().filter(resident -> !picked.containsKey(resident.id())).forEach(rows::add);
		list.setInput(rows);
		list.setCheckedElements(picked.values().toArray());
	}
}
