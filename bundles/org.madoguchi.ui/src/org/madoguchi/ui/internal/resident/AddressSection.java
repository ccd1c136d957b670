package org.madoguchi.ui.internal.resident;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;

/** The addresses the person had, newest first: since when, by which notification, where. */
final class AddressSection implements EditorSection {

	private TableViewer table;

	@Override
	public void create(Composite page) {
		table = SectionControls.list(SectionControls.group(page, Messages.Editor_addresses, 1), 110);
		Tables.column(table, AddressEntry.class, Messages.Editor_setOn, 170, entry -> Dates.show(entry.getSetOn()));
		Tables.column(table, AddressEntry.class, Messages.Editor_notification, 170,
				entry -> entry.getNotification() == null ? "" : Messages.label(entry.getNotification()));
		Tables.column(table, AddressEntry.class, Messages.Editor_address, 420, entry -> Addresses.text(entry.getAddress()));
	}

	@Override
	public void show(ResidentRead read) {
		List<AddressEntry> newestFirst = new ArrayList<>(read.record().resident().getAddresses());
		Collections.reverse(newestFirst);
		table.setInput(newestFirst);
	}
}
