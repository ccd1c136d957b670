package org.madoguchi.ui.internal.resident;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ServiceException;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.session.BackgroundSave;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One resident, read off the UI thread and shown in sections, top to bottom: the banner of a
 * removed record (除票, read-only), what was just recorded, the name and the Individual Number
 * (masked until "Show", which is audited), the person, the address history, the change forms
 * (each previewed as it is typed and recorded with Save or File > Save; the move within undone
 * with Edit > Undo), the history of changes with Cancel Change, the household, and the cards and
 * certificates with their expiries, the rule behind each and the card steps. The part composes the
 * sections, shows them each record it reads, and wires the dirty state and Save.
 */
public final class ResidentEditorPart implements BackgroundSave {

	@Inject
	private Session session;
	@Inject
	private MPart part;
	@Inject
	private ESelectionService selection;
	@Inject
	private IEventBroker events;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	private long residentId;
	private Reads reads;
	private Composite parent;
	/** Says the record is on its way until the page is built. */
	private Label loading;
	private ScrolledComposite scrolled;
	private Composite page;
	private RecordedNote note;
	private ChangeSection changes;
	private CardSection cards;
	private List<EditorSection> sections;

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		this.residentId = Long.parseLong(part.getPersistedState().get(ResidentEditors.RESIDENT_ID));
		note = new RecordedNote();
		note.tell((String) part.getTransientData().remove(ResidentEditors.RECORDED));
		changes = new ChangeSection(session, (AddressEntry) part.getTransientData().remove(ResidentEditors.UNSAVED_MOVE),
				() -> part.setDirty(changes.dirty()), this::recorded, this::refused);
		cards = new CardSection(selection, commands, handlers);
		sections = List.of(new RemovedBanner(), note, new HeaderSection(session), new PersonSection(), new AddressSection(), changes,
				new HistorySection(session, this::recorded, this::refused),
				new HouseholdSection(member -> ResidentEditors.open(parts, model, application, member.id(), member.name())), cards);
		parent.setLayout(new FillLayout());
		reads = new Reads(session, parent);
		loading = new Label(parent, SWT.NONE);
		loading.setText(Messages.Editor_loading);
		load();
	}

	/** (Re)reads the resident off the UI thread; every section shows it when it comes. */
	private void load() {
		reads.read(Messages.Editor_loading, register -> ResidentRead.of(register, residentId), this::show, this::unreadable);
	}

	/** The record could not be read: the page says why, where the record would be. */
	private void unreadable(RuntimeException failure) {
		if (scrolled == null) {
			loading.setText(Failures.message(failure));
			parent.layout(true, true);
		} else {
			MessageDialog.openError(parent.getShell(), part.getLabel(), Failures.message(failure));
		}
	}

	private void show(ResidentRead read) {
		// a section that builds its controls anew may hold the focus, which then passes to another part: the editor takes it back
		boolean active = parts.getActivePart() == part;
		if (scrolled == null) {
			loading.dispose();
			scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
			page = new Composite(scrolled, SWT.NONE);
			GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(page);
			sections.forEach(section -> section.create(page));
			scrolled.setContent(page);
			scrolled.setExpandHorizontal(true);
			scrolled.setExpandVertical(true);
		}
		Resident resident = read.record().resident();
		part.setLabel(PersonNames.full(resident.getFamilyName(), resident.getGivenName()));
		sections.forEach(section -> section.show(read));
		scrolled.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		parent.layout(true, true);
		part.setDirty(changes.dirty());
		if (active) {
			parts.activate(part);
			focus();
		}
	}

	/** A change was recorded (saved or cancelled): nothing is left to save, and the page is read again saying what the change did. */
	private void recorded(ChangeOutcome outcome) {
		changes.discardCarriedOver();
		// nothing is left to save while the page is read again off the UI thread: whoever waited for the save (closing the window) sees it so
		part.setDirty(false);
		events.send(SessionEvents.REGISTER_CHANGED, new SessionEvents.ResidentChanged(residentId, ChangePanel.recorded(outcome)));
	}

	/** The register refused the change: the reason, and for a record someone else changed meanwhile, the offer to read it again. */
	private void refused(RuntimeException refusal) {
		if (parent.isDisposed()) {
			return;
		}
		String reason = Failures.message(refusal);
		if (refusal instanceof ServiceException refusedByRegister && refusedByRegister.problem().key().startsWith("change.stale")) {
			if (MessageDialog.openQuestion(parent.getShell(), Messages.Editor_saveTitle, reason + "\n\n" + Messages.Editor_reload)) {
				changes.discardCarriedOver();
				load();
			}
			return;
		}
		MessageDialog.openError(parent.getShell(), Messages.Editor_saveTitle, reason);
	}

	@Focus
	void focus() {
		(scrolled != null ? scrolled : parent).setFocus();
		cards.updateSteps();
	}

	/** File > Save: records the change of the form shown, off the UI thread; the page is then read again. */
	@Persist
	void save() {
		saveInBackground();
	}

	@Override
	public CompletableFuture<Boolean> saveInBackground() {
		if (part.isDirty()) {
			return changes.save();
		}
		return CompletableFuture.completedFuture(true);
	}

	/** After a save or a card step on this resident, shows the register as it is now, and says what was recorded. */
	@Inject
	@Optional
	void registerChanged(@UIEventTopic(SessionEvents.REGISTER_CHANGED) Object changed) {
		if (!parent.isDisposed() && changed instanceof SessionEvents.ResidentChanged change && change.residentId() == residentId) {
			note.tell(change.said());
			load();
		}
	}

	/** What the counter keeps of this editor for its operator when it changes hands: the resident, and the move not saved. */
	KeptEditors.Kept keep() {
		return new KeptEditors.Kept(residentId, part.getLabel(), changes.unsavedMove());
	}

	boolean canUndo() {
		return changes.canUndo();
	}

	boolean canRedo() {
		return changes.canRedo();
	}

	void undo() {
		changes.undo();
	}

	void redo() {
		changes.redo();
	}

	@PreDestroy
	void dispose() {
		changes.dispose();
	}
}
