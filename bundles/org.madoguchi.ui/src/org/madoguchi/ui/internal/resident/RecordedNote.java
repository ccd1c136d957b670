package org.madoguchi.ui.internal.resident;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * What the change or card step just recorded did, at the top of the page once the record is read
 * again: said once, gone with the next read.
 */
final class RecordedNote implements EditorSection {

	/** The tag the note carries, for whoever looks for it (the UI tests). */
	static final String RECORDED = "recorded";

	private Composite row;
	private String pending;

	/** What the next record shown is to say at its top (null for nothing). */
	void tell(String said) {
		pending = said;
	}

	@Override
	public void create(Composite page) {
		row = new Composite(page, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		GridLayoutFactory.fillDefaults().applyTo(row);
	}

	@Override
	public void show(ResidentRead read) {
		SectionControls.clear(row);
		SectionControls.include(row, pending != null);
		if (pending != null) {
			Label done = new Label(row, SWT.WRAP);
			done.setText(pending);
			done.setData(RECORDED, Boolean.TRUE);
			GridDataFactory.fillDefaults().grab(true, false).hint(SectionControls.LIST_WIDTH, SWT.DEFAULT).applyTo(done);
			pending = null;
		}
	}
}
