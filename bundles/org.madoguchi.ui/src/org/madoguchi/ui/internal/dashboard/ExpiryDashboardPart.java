package org.madoguchi.ui.internal.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.ExpiringDocument;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Cards and certificates expiring in each of the next twelve months; a bar's list below it, and
 * Enter on a line opens the resident. Counting runs off the UI thread.
 */
public final class ExpiryDashboardPart {

	static final int MONTHS = 12;
	/** The list behind a bar shows this many lines; the report has them all. */
	static final int LIST_LIMIT = 1000;

	@Inject
	private Session session;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	private MonthlyBarChart chart;
	private Label listTitle;
	private TableViewer list;
	private Reads reads;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.Dashboard_title);
		chart = new MonthlyBarChart(parent, this::showMonth);
		GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 260).applyTo(chart);
		listTitle = new Label(parent, SWT.NONE);
		listTitle.setText(Messages.Dashboard_pick);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(listTitle);
		list = Tables.viewer(parent, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list.getTable());
		Tables.column(list, ExpiringDocument.class, Messages.Dashboard_expires, 170, document -> Dates.show(document.expiresOn()));
		Tables.column(list, ExpiringDocument.class, Messages.Dashboard_document, 170, document -> Messages.document(document.document()));
		Tables.column(list, ExpiringDocument.class, Messages.Search_name, 170, ExpiringDocument::name);
		Tables.column(list, ExpiringDocument.class, Messages.Search_kana, 170, ExpiringDocument::kana);
		list.setContentProvider(ArrayContentProvider.getInstance());
		list.addOpenListener(event -> {
			if (list.getStructuredSelection().getFirstElement() instanceof ExpiringDocument document) {
				ResidentEditors.open(parts, model, application, document.residentId(), document.name());
			}
		});
		reads = new Reads(session, chart);
		refresh();
	}

	@Focus
	void focus() {
		chart.setFocus();
	}

	@Inject
	@Optional
	void registerChanged(@UIEventTopic(SessionEvents.REGISTER_CHANGED) Object change) {
		if (chart != null && !chart.isDisposed()) {
			refresh();
		}
	}

	/** The counter locked: the bars and the list behind one go, before anybody else logs in. */
	@Inject
	@Optional
	void counterLocked(@UIEventTopic(SessionEvents.COUNTER_LOCKED) Object leaving) {
		if (chart != null && !chart.isDisposed()) {
			chart.show(List.of());
			list.setInput(List.of());
			listTitle.setText(Messages.Dashboard_pick);
		}
	}

	/** Whoever logged in sees the counts their role allows (a role without the register is told so). */
	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) Object arriving) {
		if (chart != null && !chart.isDisposed()) {
			refresh();
		}
	}

	private void refresh() {
		reads.read(Messages.Dashboard_counting, register -> register.queries().expiriesByMonth(MONTHS), chart::show, this::failed);
	}

	private void showMonth(YearMonth month) {
		listTitle.setText(NLS.bind(Messages.Dashboard_listing, named(month)));
		reads.read(Messages.Dashboard_counting, register -> register.queries().expiring(month, LIST_LIMIT), documents -> fill(month, documents),
				this::failed);
	}

	/** The month as the clerk reads it: 2027年3月, March 2027. */
	private static String named(YearMonth month) {
		return month.format(DateTimeFormatter.ofPattern(Messages.Dashboard_yearMonth, Locale.getDefault()));
	}

	private void fill(YearMonth month, List<ExpiringDocument> documents) {
		list.setInput(documents);
		listTitle.setText(NLS.bind(documents.size() >= LIST_LIMIT ? Messages.Dashboard_listedFirst : Messages.Dashboard_listed, named(month),
				documents.size()));
	}

	private void failed(RuntimeException failure) {
		listTitle.setText(Failures.message(failure));
	}
}
