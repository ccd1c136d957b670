package org.madoguchi.ui.internal;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Columns of the workbench's lists. */
public final class Tables {

	/** Adds a column per title, {@code widths} in pixels in the same order. */
	public static void columns(Table table, String[] titles, int... widths) {
		for (int index = 0; index < titles.length; index++) {
			TableColumn column = new TableColumn(table, 0);
			column.setText(titles[index]);
			column.setWidth(widths[index]);
		}
	}

	private Tables() {
	}
}
