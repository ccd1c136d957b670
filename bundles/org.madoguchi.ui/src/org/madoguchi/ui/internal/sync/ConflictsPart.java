package org.madoguchi.ui.internal.sync;

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
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.OfficeConflicts;
import org.madoguchi.service.OfficeConflicts.Conflict;
import org.madoguchi.service.OfficeConflicts.Keep;
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
 * Window > Conflicts (supervisors, at central): the branch offices' entries central kept instead
 * of applying them. The selected conflict's two versions stand side by side, the office's entry
 * and what changed the record at central, and the supervisor keeps one of them, with a reason
 * that goes into the audit trail. Like the audit trail it empties when the counter locks and
 * closes when somebody whose role may not decide logs in.
 */
public final class ConflictsPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	@Inject
	private Session session;
	@Inject
	private MPart part;
	@Inject
	private EPartService parts;

	private Button showDecided;
	private Label status;
	private TableViewer viewer;
	private Text officeSide;
	private Text centralSide;
	private Label decision;
	private Text reason;
	private Button keepOffice;
	private Button keepCentral;
	private Reads reads;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.swtDefaults().applyTo(parent);
		if (!session.allows(Permission.SUPERVISE)) {
			new Label(parent, SWT.WRAP).setText(Messages.Conflicts_notAllowed);
			return;
		}
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		showDecided = new Button(top, SWT.CHECK);
		showDecided.setText(Messages.Conflicts_showDecided);
		showDecided.addListener(SWT.Selection, event -> show());
		Button refresh = new Button(top, SWT.PUSH);
		refresh.setText(Messages.Conflicts_refresh);
		refresh.addListener(SWT.Selection, event -> show());
		status = new Label(top, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		SashForm split = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(split);
		viewer = Tables.viewer(split, SWT.SINGLE);
		Tables.column(viewer, Conflict.class, Messages.Conflicts_id, 50, conflict -> String.valueOf(conflict.id()));
		Tables.column(viewer, Conflict.class, Messages.Conflicts_office, 90, Conflict::office);
		Tables.column(viewer, Conflict.class, Messages.Conflicts_entry, 70, conflict -> String.valueOf(conflict.sequence()));
		Tables.column(viewer, Conflict.class, Messages.Conflicts_useCase, 150, conflict -> Messages.useCase(conflict.useCase()));
		Tables.column(viewer, Conflict.class, Messages.Conflicts_resident, 80,
				conflict -> conflict.residentId() == null ? "" : conflict.residentId().toString());
		Tables.column(viewer, Conflict.class, Messages.Conflicts_detected, 130, conflict -> TIME.format(conflict.detectedAt()));
		Tables.column(viewer, Conflict.class, Messages.Conflicts_status, 150, ConflictsPart::statusOf);
		Tables.column(viewer, Conflict.class, Messages.Conflicts_reason, 420, Conflict::reason);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(event -> select(selected()));

		SashForm sides = new SashForm(split, SWT.HORIZONTAL);
		officeSide = side(sides, Messages.Conflicts_officeSide);
		centralSide = side(sides, Messages.Conflicts_centralSide);
		split.setWeights(1, 3);

		decision = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decision);
		Composite decide = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(decide);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decide);
		new Label(decide, SWT.NONE).setText(Messages.Conflicts_decisionReason);
		reason = new Text(decide, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		keepOffice = new Button(decide, SWT.PUSH);
		keepOffice.setText(Messages.Conflicts_keepOffice);
		keepOffice.addListener(SWT.Selection, event -> decide(Keep.OFFICE));
		keepCentral = new Button(decide, SWT.PUSH);
		keepCentral.setText(Messages.Conflicts_keepCentral);
		keepCentral.addListener(SWT.Selection, event -> decide(Keep.CENTRAL));
		reads = new Reads(session, viewer.getTable());
		select(null);
		show();
	}

	private static Text side(Composite sides, String title) {
		Group group = new Group(sides, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		Text text = new Text(group, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 160).applyTo(text);
		return text;
	}

	@Inject
	@Optional
	void counterLocked(@UIEventTopic(SessionEvents.COUNTER_LOCKED) Object leaving) {
		if (viewer != null && !viewer.getTable().isDisposed()) {
			viewer.setInput(List.of());
			reason.setText("");
			status.setText("");
			select(null);
		}
	}

	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) Object arriving) {
		if (!session.allows(Permission.SUPERVISE) || viewer == null) {
			parts.hidePart(part, true);
		} else if (!viewer.getTable().isDisposed()) {
			show();
		}
	}

	@Focus
	void focus() {
		if (viewer != null) {
			viewer.getTable().setFocus();
		}
	}

	private void show() {
		show("");
	}

	/** Reads the conflicts in a job; {@code note} (what was just decided) stands beside their count. */
	private void show(String note) {
		boolean all = showDecided.getSelection();
		status.setText(Messages.Conflicts_reading);
		reads.read(Messages.Conflicts_reading, register -> register.conflicts().list(all, Locale.getDefault()), conflicts -> fill(conflicts, note),
				failure -> status.setText(Failures.message(failure)));
	}

	private void fill(List<Conflict> conflicts, String note) {
		long pending = conflicts.stream().filter(conflict -> "pending".equals(conflict.status())).count();
		viewer.setInput(conflicts);
		String count = showDecided.getSelection() ? NLS.bind(Messages.Conflicts_listed, conflicts.size(), pending)
				: NLS.bind(Messages.Conflicts_count, pending);
		status.setText(note.isEmpty() ? count : note + "  " + count);
		select(conflicts.isEmpty() ? null : conflicts.get(0));
		if (!conflicts.isEmpty()) {
			viewer.getTable().select(0);
		}
		status.requestLayout();
	}

	private Conflict selected() {
		return (Conflict) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	/** The two versions of {@code conflict} side by side, why central kept it, or how it was decided. */
	private void select(Conflict conflict) {
		officeSide.setText(conflict == null ? "" : OfficeConflicts.readable(conflict.officeEntry()));
		centralSide.setText(conflict == null ? ""
				: conflict.centralSide() == null ? NLS.bind(Messages.Conflicts_refusedHere, conflict.reason())
						: OfficeConflicts.readable(conflict.centralSide()));
		boolean pending = conflict != null && "pending".equals(conflict.status());
		decision.setText(conflict == null ? "" : pending ? NLS.bind(Messages.Conflicts_keptBecause, conflict.reason())
				: NLS.bind(Messages.Conflicts_decidedBy, new Object[] { conflict.decidedBy(), TIME.format(conflict.decidedAt()),
						conflict.decisionReason() == null ? statusOf(conflict) : statusOf(conflict) + " (" + conflict.decisionReason() + ")" }));
		List.of(reason, keepOffice, keepCentral).forEach(control -> control.setEnabled(pending));
		decision.requestLayout();
	}

	private void decide(Keep keep) {
		Conflict conflict = selected();
		if (conflict == null) {
			return;
		}
		String why = reason.getText();
		List.of(keepOffice, keepCentral).forEach(button -> button.setEnabled(false));
		reads.write(NLS.bind(Messages.Conflicts_deciding, conflict.id()),
				register -> register.conflicts().resolve(conflict.id(), keep, why, Locale.getDefault()), decided -> {
					reason.setText("");
					show(NLS.bind(Messages.Conflicts_decided, decided.id(), statusOf(decided)));
				}, refused -> {
					status.setText(Failures.message(refused));
					select(conflict);
				});
	}

	private static String statusOf(Conflict conflict) {
		return switch (conflict.status()) {
		case "office" -> Messages.Conflicts_keptOffice;
		case "central" -> Messages.Conflicts_keptCentral;
		default -> Messages.Conflicts_pending;
		};
	}
}
