package org.madoguchi.ui.internal.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.madoguchi.service.ExpiringDocument;
import org.madoguchi.service.MonthlyExpiries;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Cards and certificates expiring in each of the next twelve months; a bar's list below it, and
 * Enter on a line opens the resident. Counting runs in a Job.
 */
public final class ExpiryDashboardPart {

	static final int MONTHS = 12;
	/** The list behind a bar shows this many lines; the report has them all. */
	static final int LIST_LIMIT = 1000;

	@Inject
	private Session session;
	@Inject
	private UISynchronize ui;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	private MonthlyBarChart chart;
	private Label listTitle;
	private Table list;
	/** Counts the times the counter locked: what a read started before brings back is not shown. */
	private long locks;

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
		list = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		list.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		Tables.columns(list, new String[] { Messages.Dashboard_expires, Messages.Dashboard_document, Messages.Search_name,
				Messages.Search_kana }, 170, 170, 170, 170);
		list.addListener(SWT.DefaultSelection, event -> {
			if (event.item != null && event.item.getData() instanceof ExpiringDocument document) {
				ResidentEditors.open(parts, model, application, document.residentId(), document.name());
			}
		});
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
			locks++;
			chart.show(List.of());
			list.removeAll();
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
		long started = locks;
		background(Messages.Dashboard_counting, () -> {
			List<MonthlyExpiries> counts = session.register().queries().expiriesByMonth(MONTHS);
			ui.asyncExec(() -> {
				if (!chart.isDisposed() && started == locks) {
					chart.show(counts);
				}
			});
		});
	}

	private void showMonth(YearMonth month) {
		listTitle.setText(NLS.bind(Messages.Dashboard_listing, month));
		long started = locks;
		background(Messages.Dashboard_counting, () -> {
			List<ExpiringDocument> documents = session.register().queries().expiring(month, LIST_LIMIT);
			ui.asyncExec(() -> fill(month, documents, started));
		});
	}

	private void fill(YearMonth month, List<ExpiringDocument> documents, long started) {
		if (list.isDisposed() || started != locks) {
			return;
		}
		list.removeAll();
		for (ExpiringDocument document : documents) {
			TableItem item = new TableItem(list, SWT.NONE);
			item.setData(document);
			item.setText(new String[] { Dates.show(document.expiresOn()), Messages.document(document.document()), document.name(), document.kana() });
		}
		listTitle.setText(NLS.bind(documents.size() >= LIST_LIMIT ? Messages.Dashboard_listedFirst : Messages.Dashboard_listed, month,
				documents.size()));
	}

	private void background(String name, Runnable work) {
		Job job = Job.create(name, monitor -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				ui.asyncExec(() -> {
					if (!listTitle.isDisposed()) {
						listTitle.setText(Failures.message(e));
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}
}
