package org.madoguchi.ui.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The workbench's lists: JFace viewers whose columns each show one text of a row. */
public final class Tables {

	/** A list of rows with a header and lines, one row selected at a time unless {@code style} says otherwise. */
	public static TableViewer viewer(Composite parent, int style) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | style);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		return viewer;
	}

	/** A column showing {@code text} of each row of type {@code type}; anything else (a row on its way) shows blank. */
	public static <T> void column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(labels(type, text));
	}

	/** The text of a column: {@code text} of a row of type {@code type}, blank for anything else. */
	public static <T> ColumnLabelProvider labels(Class<T> type, Function<T, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = type.isInstance(element) ? text.apply(type.cast(element)) : null;
				return shown == null ? "" : shown;
			}
		};
	}

	private Tables() {
	}
}
