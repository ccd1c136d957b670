package org.madoguchi.ui.internal.resident;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ResidentChangeActions;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/**
 * The editor's change forms, one shown at a time. While the clerk types, the change is previewed
 * in a background job (the register runs it and rolls it back) and what it would do is shown
 * under the form: "the signature certificate will lapse", or why it would be refused. Save records
 * it in a job of its own; the editor then shows what it did.
 */
final class ChangePanel {

	/** Wait this long after the last keystroke before asking the register what the change would do. */
	private static final int PREVIEW_PAUSE_MS = 300;

	private final Session session;
	private final Supplier<ChangeTarget> target;
	private final List<ChangeForm> forms;
	private final Runnable edited;
	private final Consumer<ChangeOutcome> recorded;
	private final Consumer<RuntimeException> refused;
	private final Runnable previewLater = this::preview;
	private ChangeForm active;
	private boolean touched;
	private Label consequences;
	private Reads reads;
	private Button save;
	/** A preview that an edit overtook is not shown. */
	private int asked;

	/**
	 * @param target the record as the editor opened it (its version)
	 * @param edited told of every edit the clerk makes (the editor's dirty state)
	 * @param recorded told on the UI thread when Save recorded the change
	 * @param refused told on the UI thread when the register refused it
	 */
	ChangePanel(Session session, Supplier<ChangeTarget> target, List<ChangeForm> forms, Runnable edited,
			Consumer<ChangeOutcome> recorded, Consumer<RuntimeException> refused) {
		this.session = session;
		this.target = target;
		this.forms = forms;
		this.edited = edited;
		this.recorded = recorded;
		this.refused = refused;
	}

	void create(Composite parent) {
		Composite kinds = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(forms.size()).applyTo(kinds);
		Composite stack = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stack);
		StackLayout layout = new StackLayout();
		stack.setLayout(layout);
		for (ChangeForm form : forms) {
			Composite page = new Composite(stack, SWT.NONE);
			GridLayoutFactory.fillDefaults().applyTo(page);
			form.create(page, this::edited);
			Button kind = new Button(kinds, SWT.RADIO);
			kind.setText(form.title());
			kind.setSelection(form == forms.get(0));
			kind.addListener(SWT.Selection, event -> {
				if (kind.getSelection() && active != form) {
					show(form, page, layout, stack);
				}
			});
		}
		consequences = new Label(parent, SWT.WRAP);
		consequences.setData("consequences", Boolean.TRUE);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(consequences);
		reads = new Reads(session, consequences);
		save = new Button(parent, SWT.PUSH);
		save.setText(Messages.Change_save);
		save.addListener(SWT.Selection, event -> save());
		show(forms.get(0), (Composite) stack.getChildren()[0], layout, stack);
	}

	private void show(ChangeForm form, Composite page, StackLayout layout, Composite stack) {
		active = form;
		touched = false;
		layout.topControl = page;
		stack.layout(true, true);
		SectionControls.grown(stack);
		edited.run();
		preview();
	}

	/** The form shown now. */
	ChangeForm active() {
		return active;
	}

	/** Whether the clerk typed into the form shown since it was shown. */
	boolean touched() {
		return touched;
	}

	private void edited() {
		if (consequences == null || consequences.isDisposed()) {
			return;
		}
		touched = true;
		edited.run();
		// what cannot be read is said at once; only the register's answer waits for a pause in the typing
		try {
			active.request();
		} catch (IllegalArgumentException unreadable) {
			tell(Messages.Change_cannotSave + " " + Failures.message(unreadable), true);
		}
		Display display = consequences.getDisplay();
		display.timerExec(-1, previewLater);
		display.timerExec(PREVIEW_PAUSE_MS, previewLater);
	}

	/** Asks the register, off the UI thread, what the change as typed would do. */
	private void preview() {
		if (consequences.isDisposed()) {
			return;
		}
		int question = ++asked;
		ChangeForm.Request request;
		try {
			request = active.request();
		} catch (IllegalArgumentException unreadable) {
			tell(Messages.Change_cannotSave + " " + Failures.message(unreadable), true);
			return;
		}
		tell(Messages.Change_previewing, false);
		ChangeTarget on = target.get();
		reads.read(Messages.Change_previewing, register -> consequences(request.apply(register.changes().preview(), on)), willHappen -> {
			if (question == asked) {
				tell(Messages.Change_willHappen + "\n" + willHappen, false);
			}
		}, refusedAhead -> {
			if (question == asked) {
				tell(NLS.bind(Messages.Change_wouldBeRefused, Failures.message(refusedAhead)), true);
			}
		});
	}

	private void tell(String text, boolean problem) {
		consequences.setText(text);
		consequences.setForeground(problem ? consequences.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		SectionControls.grown(consequences);
	}

	/**
	 * Records the change as typed, off the UI thread; refused at once when something typed cannot be
	 * read. Completes on the UI thread after the editor was told: true when recorded.
	 */
	CompletableFuture<Boolean> save() {
		CompletableFuture<Boolean> done = new CompletableFuture<>();
		ChangeForm.Request request;
		try {
			request = active.request();
		} catch (IllegalArgumentException unreadable) {
			refused.accept(unreadable);
			done.complete(false);
			return done;
		}
		save.setEnabled(false);
		ChangeTarget on = target.get();
		ResidentChangeActions changes = session.register().changes();
		Display display = save.getDisplay();
		// not a Reads write: whoever waits for the save (the window closing after "Save") must hear how it ended, even once the editor is gone
		Job.create(Messages.Change_saving, monitor -> {
			try {
				ChangeOutcome outcome = request.apply(changes, on);
				display.asyncExec(() -> {
					recorded.accept(outcome);
					done.complete(true);
				});
			} catch (RuntimeException refusal) {
				display.asyncExec(() -> {
					if (!save.isDisposed()) {
						save.setEnabled(true);
					}
					refused.accept(refusal);
					done.complete(false);
				});
			}
			return Status.OK_STATUS;
		}).schedule();
		return done;
	}

	/** What a recorded change did: its kind and id, then its consequences. */
	static String recorded(ChangeOutcome outcome) {
		return NLS.bind(Messages.Change_recorded, Messages.change(outcome.kind().code()), outcome.changeId()) + "\n" + consequences(outcome);
	}

	/** What a change did or would do, a line each in the workbench's language; a line saying so when it touches no card. */
	static String consequences(ChangeOutcome outcome) {
		if (outcome.consequences().isEmpty()) {
			return "• " + Messages.Change_nothingElse;
		}
		return outcome.consequences().stream().map(consequence -> "• " + consequence.in(Locale.getDefault())).collect(Collectors.joining("\n"));
	}

	void dispose() {
		forms.forEach(ChangeForm::dispose);
	}
}
