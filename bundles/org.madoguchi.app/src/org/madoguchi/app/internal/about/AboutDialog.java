package org.madoguchi.app.internal.about;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.madoguchi.app.internal.Messages;

/** Help > About: the release, the database in use, and the bundled libraries with licences. */
public final class AboutDialog extends Dialog {

	private final String version;
	private final String database;
	private final List<BundledLibrary> libraries;

	public AboutDialog(Shell parent, String version, String database, List<BundledLibrary> libraries) {
		super(parent);
		this.version = version;
		this.database = database;
		this.libraries = libraries;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AboutDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.NONE).setText(NLS.bind(Messages.AboutDialog_version, version));
		new Label(area, SWT.NONE).setText(NLS.bind(Messages.AboutDialog_database, database));
		new Label(area, SWT.NONE).setText(Messages.AboutDialog_libraries);

		Composite tableHolder = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(tableHolder);
		TableColumnLayout columns = new TableColumnLayout();
		tableHolder.setLayout(columns);
		TableViewer table = new TableViewer(tableHolder, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		addColumn(table, columns, Messages.AboutDialog_library, 5, BundledLibrary::name);
		addColumn(table, columns, Messages.AboutDialog_libraryVersion, 2, BundledLibrary::version);
		addColumn(table, columns, Messages.AboutDialog_licence, 4, BundledLibrary::licence);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(libraries);
		return area;
	}

	private static void addColumn(TableViewer table, TableColumnLayout columns, String title, int weight,
			Function<BundledLibrary, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), new ColumnWeightData(weight));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BundledLibrary) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
