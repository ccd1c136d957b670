package org.madoguchi.ui.internal.resident;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;

/**
 * The household a person joins, picked rather than typed: a search as at the counter finds a
 * member, and the member's household is the one joined. Searching and reading the member's
 * household run in jobs.
 */
final class HouseholdChooser {

	private static final int RESULTS = 50;

	private final Supplier<Register> register;
	private final Runnable changed;
	private TableViewer found;
	private Label chosen;
	private String householdId;

	/** @param changed told when the household chosen changed */
	HouseholdChooser(Supplier<Register> register, Runnable changed) {
		this.register = register;
		this.changed = changed;
	}

	void create(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(area);
		Text find = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.BORDER);
		find.setMessage(Messages.Wizard_findMember);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(find);
		found = Tables.viewer(area, SWT.SINGLE);
		Tables.column(found, ResidentView.class, Messages.Search_name, 130, ResidentView::name);
		Tables.column(found, ResidentView.class, Messages.Search_birth, 150, resident -> Dates.show(resident.birthDate()));
		Tables.column(found, ResidentView.class, Messages.Search_address, 300, ResidentView::address);
		found.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 100).applyTo(found.getTable());
		chosen = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(chosen);
		find.addListener(SWT.DefaultSelection, event -> search(find.getText().strip()));
		found.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof ResidentView member) {
				choose(member);
			}
		});
	}

	/** The household chosen, or null while none is. */
	String householdId() {
		return householdId;
	}

	private void search(String text) {
		if (text.isEmpty()) {
			return;
		}
		background(Messages.Wizard_findMember, () -> {
			List<ResidentView> residents = register.get().queries().search(text, RESULTS, 0);
			return () -> found.setInput(residents);
		});
	}

	private void choose(ResidentView member) {
		householdId = null;
		changed.run();
		background(Messages.Wizard_findMember, () -> {
			String household = register.get().records().show(member.id()).householdId();
			return () -> {
				householdId = household;
				chosen.setText(household == null ? NLS.bind(Messages.Wizard_noHousehold, member.name())
						: NLS.bind(Messages.Wizard_household, household, member.name()));
				chosen.getParent().layout(true, true);
				changed.run();
			};
		});
	}

	/** Reads the register in a job, then shows what it read on the UI thread (or why it could not). */
	private void background(String name, Supplier<Runnable> read) {
		Job.create(name, monitor -> {
			try {
				Runnable show = read.get();
				found.getTable().getDisplay().asyncExec(() -> {
					if (!found.getTable().isDisposed()) {
						show.run();
					}
				});
			} catch (RuntimeException refused) {
				found.getTable().getDisplay().asyncExec(() -> {
					if (!chosen.isDisposed()) {
						chosen.setText(Failures.message(refused));
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}
}
