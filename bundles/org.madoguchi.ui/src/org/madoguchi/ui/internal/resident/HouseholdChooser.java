package org.madoguchi.ui.internal.resident;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;

/**
 * The household a person joins, picked rather than typed: a search as at the counter finds a
 * member, and the member's household is the one joined. Searching and reading the member's
 * household are {@link Reads}.
 */
final class HouseholdChooser {

	private static final int RESULTS = 50;

	private final Session session;
	private final Runnable changed;
	private Reads reads;
	private TableViewer found;
	private Label chosen;
	private String householdId;

	/** @param changed told when the household chosen changed */
	HouseholdChooser(Session session, Runnable changed) {
		this.session = session;
		this.changed = changed;
	}

	void create(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(area);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(area);
		reads = new Reads(session, area);
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
		reads.read(Messages.Wizard_findMember, register -> register.queries().search(text, RESULTS, 0), found::setInput, this::refused);
	}

	private void choose(ResidentView member) {
		householdId = null;
		changed.run();
		reads.read(Messages.Wizard_findMember, register -> Optional.ofNullable(register.records().show(member.id()).householdId()),
				household -> {
					householdId = household.orElse(null);
					chosen.setText(household.map(id -> NLS.bind(Messages.Wizard_household, id, member.name()))
							.orElseGet(() -> NLS.bind(Messages.Wizard_noHousehold, member.name())));
					chosen.getParent().layout(true, true);
					changed.run();
				}, this::refused);
	}

	private void refused(RuntimeException refusal) {
		chosen.setText(Failures.message(refusal));
	}
}
