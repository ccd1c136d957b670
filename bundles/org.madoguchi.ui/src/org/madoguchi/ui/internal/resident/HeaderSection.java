package org.madoguchi.ui.internal.resident;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;

/**
 * The name, its reading and the Individual Number, masked until Show (which the register audits)
 * and masked again by Hide or by the next record read.
 */
final class HeaderSection implements EditorSection {

	/** The tag the number carries, for whoever looks for it (the UI tests). */
	static final String NUMBER = "individualNumber";

	private final Session session;
	private Composite header;
	private Label title;
	private Label reading;
	private Label number;
	private Button show;
	private Button hide;
	private long residentId;
	private String masked;
	/** Whether this record has a number the operator may see. */
	private boolean showable;

	HeaderSection(Session session) {
		this.session = session;
	}

	@Override
	public void create(Composite page) {
		header = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(16, 4).applyTo(header);
		title = new Label(header, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		reading = new Label(header, SWT.NONE);
		number = new Label(header, SWT.NONE);
		number.setData("field", NUMBER);
		show = new Button(header, SWT.PUSH);
		show.setText(Messages.Editor_showNumber);
		hide = new Button(header, SWT.PUSH);
		hide.setText(Messages.Editor_hideNumber);
		show.addListener(SWT.Selection, event -> showNumber());
		hide.addListener(SWT.Selection, event -> mask());
	}

	@Override
	public void show(ResidentRead read) {
		Resident resident = read.record().resident();
		residentId = resident.getId();
		title.setText(PersonNames.full(resident.getFamilyName(), resident.getGivenName()));
		reading.setText(PersonNames.readingOf(resident));
		masked = resident.getIndividualNumber() == null ? Messages.Editor_noNumber : resident.getIndividualNumber();
		showable = resident.getIndividualNumber() != null && session.allows(Permission.SHOW_NUMBER);
		mask();
	}

	private void mask() {
		number.setText(masked);
		hide.setEnabled(false);
		show.setEnabled(showable);
		header.layout();
	}

	private void showNumber() {
		show.setEnabled(false);
		new Reads(session, header).read(Messages.Editor_showNumber, register -> register.queries().showNumber(residentId), full -> {
			number.setText(full);
			hide.setEnabled(true);
			header.layout();
		}, failure -> {
			show.setEnabled(true);
			MessageDialog.openError(header.getShell(), Messages.Editor_showNumber, Failures.message(failure));
		});
	}
}
