package org.madoguchi.ui.internal.resident;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.ui.internal.Tables;

/** The controls the editor's sections are made of, so that the page reads as one. */
final class SectionControls {

	/** The lists' width before they grow with the editor: their columns scroll, the page does not. */
	static final int LIST_WIDTH = 480;

	private SectionControls() {
	}

	/** A titled box across the page. */
	static Group group(Composite page, String title, int columns) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		return group;
	}

	/** A fact and its label. */
	static void pair(Composite group, String label, String value) {
		new Label(group, SWT.NONE).setText(label);
		Label shown = new Label(group, SWT.NONE);
		shown.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(shown);
	}

	/** A list of the page, as wide as the others. */
	static TableViewer list(Composite group, int height) {
		TableViewer viewer = Tables.viewer(group, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(LIST_WIDTH, height).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** Shows a row of the page, or takes it out of the page's layout while it has nothing to show. */
	static void include(Control row, boolean shown) {
		((GridData) row.getLayoutData()).exclude = !shown;
		row.setVisible(shown);
	}

	/**
	 * Lays the editor's page out again after {@code changed} took more or less room (a text that
	 * came in lines more): the page's scrolled area takes its new size, so that nothing below the
	 * control is cut off at the bottom of its section.
	 */
	static void grown(Control changed) {
		for (Composite parent = changed.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scrolled && scrolled.getContent() != null) {
				scrolled.setMinSize(scrolled.getContent().computeSize(SWT.DEFAULT, SWT.DEFAULT));
				scrolled.layout(true, true);
				return;
			}
		}
		changed.getParent().layout(true, true);
	}

	/** Disposes what a row showed, for it to show the next record. */
	static void clear(Composite row) {
		for (Control child : row.getChildren()) {
			child.dispose();
		}
	}
}
