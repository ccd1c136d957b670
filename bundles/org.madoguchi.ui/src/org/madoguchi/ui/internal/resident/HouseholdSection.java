package org.madoguchi.ui.internal.resident;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.service.Housemate;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;

/** The household the person belongs to, each member with their relationship; a member opens with Enter or a double click. */
final class HouseholdSection implements EditorSection {

	private final Consumer<Housemate> open;
	private TableViewer table;
	private long residentId;

	/** @param open opens the editor of another member */
	HouseholdSection(Consumer<Housemate> open) {
		this.open = open;
	}

	@Override
	public void create(Composite page) {
		table = SectionControls.list(SectionControls.group(page, Messages.Editor_household, 1), 90);
		Tables.column(table, Housemate.class, Messages.Editor_relationship, 170, Housemate::relationship);
		Tables.column(table, Housemate.class, Messages.Editor_name, 170, Housemate::name);
		Tables.column(table, Housemate.class, Messages.Editor_birth, 420, member -> Dates.show(member.birthDate()));
		table.addOpenListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Housemate member && member.id() != residentId) {
				open.accept(member);
			}
		});
	}

	@Override
	public void show(ResidentRead read) {
		residentId = read.record().resident().getId();
		table.setInput(read.household());
	}
}
