package org.madoguchi.ui.internal.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.AuditOperation;
import org.madoguchi.service.AuditVerification;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Window > Audit Trail (auditors and supervisors): who did what, about whom, when; read-only,
 * filtered, with whether the trail's hash chain holds and its newest anchor. The trail is read and
 * verified in a background job, so that a long trail never stops the window. When the counter
 * locks the trail goes from the screen; it closes when somebody whose role may not read it logs in.
 */
public final class AuditPart {

	static final int LIMIT = 10_000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	@Inject
	private Session session;
	@Inject
	private MPart part;
	@Inject
	private EPartService parts;

	private Text operator;
	private Text resident;
	private Text from;
	private Text until;
	private Label status;
	private Label integrity;
	private Label anchor;
	private Table table;
	private TableViewer viewer;
	private Reads reads;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		if (!session.allows(Permission.READ_AUDIT)) {
			// opened from the Window menu by a role without the trail
			new Label(parent, SWT.WRAP).setText(Messages.Audit_notAllowed);
			return;
		}
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(filters);
		operator = filter(filters, Messages.Audit_operator);
		resident = filter(filters, Messages.Audit_resident);
		from = filter(filters, Messages.Audit_from);
		until = filter(filters, Messages.Audit_until);
		Button show = new Button(filters, SWT.PUSH);
		show.setText(Messages.Audit_show);
		show.addListener(SWT.Selection, event -> show());
		integrity = new Label(parent, SWT.WRAP);
		anchor = new Label(parent, SWT.NONE);
		status = new Label(parent, SWT.NONE);
		List.of(integrity, anchor, status).forEach(label -> GridDataFactory.fillDefaults().grab(true, false).applyTo(label));
		viewer = Tables.viewer(parent, SWT.MULTI);
		table = viewer.getTable();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		Tables.column(viewer, AuditEntry.class, Messages.Audit_at, 160, entry -> TIME.format(entry.at()));
		Tables.column(viewer, AuditEntry.class, Messages.Audit_operator, 100, AuditEntry::operatorId);
		Tables.column(viewer, AuditEntry.class, Messages.Audit_operation, 130, entry -> AuditOperation.labelOf(entry.operation(), Locale.getDefault()));
		Tables.column(viewer, AuditEntry.class, Messages.Audit_resident, 90, entry -> entry.residentId() == null ? "" : entry.residentId().toString());
		Tables.column(viewer, AuditEntry.class, Messages.Audit_detail, 420, entry -> entry.detail(Locale.getDefault()));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		reads = new Reads(session, table);
		show();
	}

	@Inject
	@Optional
	void counterLocked(@UIEventTopic(SessionEvents.COUNTER_LOCKED) Object leaving) {
		if (table != null && !table.isDisposed()) {
			List.of(operator, resident, from, until).forEach(field -> field.setText(""));
			viewer.setInput(List.of());
			List.of(integrity, anchor, status).forEach(label -> label.setText(""));
		}
	}

	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) Object arriving) {
		if (!session.allows(Permission.READ_AUDIT) || table == null) {
			// not theirs, or built for somebody whose it was not: Window > Audit Trail opens it anew
			parts.hidePart(part, true);
		} else if (!table.isDisposed()) {
			show();
		}
	}

	private static Text filter(Composite filters, String label) {
		new Label(filters, SWT.NONE).setText(label);
		Text text = new Text(filters, SWT.BORDER);
		GridDataFactory.fillDefaults().hint(110, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Focus
	void focus() {
		if (operator != null) {
			operator.setFocus();
		}
	}

	/** Reads the filtered trail and verifies the whole chain in a job; the table fills when both are done. */
	private void show() {
		String operatorId = blankToNull(operator.getText());
		Long residentId;
		LocalDate since;
		LocalDate to;
		try {
			residentId = resident.getText().isBlank() ? null : Long.valueOf(resident.getText().strip());
			since = date(from);
			to = date(until);
		} catch (NumberFormatException e) {
			status.setText(NLS.bind(Messages.Audit_badResident, resident.getText()));
			return;
		} catch (RuntimeException e) {
			status.setText(Failures.message(e));
			return;
		}
		status.setText(Messages.Audit_reading);
		reads.read(Messages.Audit_reading, register -> new Trail(register.queries().audit(operatorId, residentId, since, to, LIMIT),
				register.auditIntegrity().verify()), this::fill, failure -> status.setText(Failures.message(failure)));
	}

	/** The entries read and whether the whole chain holds. */
	private record Trail(List<AuditEntry> entries, AuditVerification verification) {
	}

	private void fill(Trail trail) {
		List<AuditEntry> entries = trail.entries();
		AuditVerification verification = trail.verification();
		viewer.setInput(entries);
		status.setText(NLS.bind(entries.size() >= LIMIT ? Messages.Audit_first : Messages.Audit_count, entries.size()));
		integrity.setText(verification.message().in(Locale.getDefault()));
		integrity.setForeground(integrity.getDisplay().getSystemColor(verification.intact() ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_RED));
		anchor.setText(verification.newestEntry() == null ? ""
				: NLS.bind(Messages.Audit_anchor, verification.newestEntry().toString(), verification.newestHash()));
		integrity.getParent().layout(true);
	}

	private static LocalDate date(Text field) {
		return field.getText().isBlank() ? null : JapaneseDates.parse(field.getText());
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}
}
