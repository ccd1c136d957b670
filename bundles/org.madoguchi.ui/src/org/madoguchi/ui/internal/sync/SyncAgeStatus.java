package org.madoguchi.ui.internal.sync;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.SyncStatus.Age;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line of a branch office's workbench: the days since central's last reply, in red
 * with a reminder past the office's setting. It only reminds: the counter keeps working however
 * long the office has been on its own. Empty at central. Read again when somebody logs in, when a
 * supervisor changes the office's settings, and every quarter of an hour (the day turns while the workbench stays open).
 */
public final class SyncAgeStatus {

	private static final int EVERY_MS = 15 * 60 * 1000;

	@Inject
	private Session session;

	private Label label;
	private Reads reads;
	private final Runnable again = this::readAndReschedule;

	@PostConstruct
	void create(Composite parent) {
		Composite margin = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 2).applyTo(margin);
		label = new Label(margin, SWT.NONE);
		reads = new Reads(session, label);
		readAndReschedule();
	}

	@PreDestroy
	void dispose() {
		if (label != null && !label.isDisposed()) {
			label.getDisplay().timerExec(-1, again);
		}
	}

	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) Object arriving) {
		read();
	}

	@Inject
	@Optional
	void officeChanged(@UIEventTopic(SessionEvents.OFFICE_CHANGED) Object change) {
		read();
	}

	private void readAndReschedule() {
		if (label.isDisposed()) {
			return;
		}
		read();
		label.getDisplay().timerExec(EVERY_MS, again);
	}

	private void read() {
		if (label != null && !label.isDisposed()) {
			reads.read(Messages.SyncAge_reading, register -> register.syncStatus().age().orElse(null), this::show, failure -> show(null));
		}
	}

	/** {@code age} is null at central, and when it cannot be read. */
	private void show(Age age) {
		label.setText(age == null ? "" : text(age));
		boolean overdue = age != null && age.overdue();
		label.setForeground(label.getDisplay().getSystemColor(overdue ? SWT.COLOR_RED : SWT.COLOR_WIDGET_FOREGROUND));
		label.requestLayout();
	}

	static String text(Age age) {
		return age.overdue() ? NLS.bind(Messages.SyncAge_overdue, age.days(), age.warnAfterDays()) : NLS.bind(Messages.SyncAge_days, age.days());
	}
}
