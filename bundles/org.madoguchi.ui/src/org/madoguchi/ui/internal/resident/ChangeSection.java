package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ResidentChangeActions;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/**
 * The change forms of a current record (a move within, with its undo history, a move-out, a
 * household change, a name change, a death, a correction), empty again with every record read;
 * none on a removed record. The move within starts with what was typed before the counter changed
 * hands, until that is recorded or the record is read again on purpose.
 */
final class ChangeSection implements EditorSection {

	private final Session session;
	private final Runnable edited;
	private final Consumer<ChangeOutcome> recorded;
	private final Consumer<RuntimeException> refused;
	/** A move typed before the counter changed hands and not saved; the form starts with it. */
	private AddressEntry carriedOver;
	private Group group;
	private ResidentRecord record;
	private AddressEntry draft;
	private EditHistory history;
	private MoveWithinForm move;
	private ChangePanel panel;

	/**
	 * @param carriedOver the move the editor opens with (null for none)
	 * @param edited told of every edit the clerk makes (the editor's dirty state)
	 * @param recorded told on the UI thread when Save recorded the change
	 * @param refused told on the UI thread when the register refused it
	 */
	ChangeSection(Session session, AddressEntry carriedOver, Runnable edited, Consumer<ChangeOutcome> recorded,
			Consumer<RuntimeException> refused) {
		this.session = session;
		this.carriedOver = carriedOver;
		this.edited = edited;
		this.recorded = recorded;
		this.refused = refused;
	}

	@Override
	public void create(Composite page) {
		group = SectionControls.group(page, Messages.Editor_change, 1);
	}

	@Override
	public void show(ResidentRead read) {
		dispose();
		SectionControls.clear(group);
		record = read.record();
		SectionControls.include(group, !record.removed());
		if (record.removed()) {
			return;
		}
		Resident resident = record.resident();
		long residentId = resident.getId();
		LocalDate today = session.register().today();
		draft = carriedOver != null ? carriedOver : newDraft(resident, today);
		history = new EditHistory(edited);
		move = new MoveWithinForm(draft, today);
		panel = new ChangePanel(session, () -> ChangeTarget.at(residentId, record.version()),
				List.of(move, new MoveOutForm(today), new HouseholdChangeForm(today), new NameChangeForm(resident, today), new DeathForm(today),
						new CorrectionForm(ResidentChangeActions.correctableFields())),
				edited, recorded, refused);
		panel.create(group);
		draft.eAdapters().add(history);
	}

	/** A move starts from the current address, dated today. */
	private static AddressEntry newDraft(Resident resident, LocalDate today) {
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		List<AddressEntry> entries = resident.getAddresses();
		entry.setAddress(entries.isEmpty() ? ModelFactory.eINSTANCE.createAddress() : EcoreUtil.copy(entries.get(entries.size() - 1).getAddress()));
		entry.setSetOn(today);
		entry.setNotifiedOn(today);
		entry.setNotification(NotificationKind.MOVE_WITHIN);
		return entry;
	}

	/** Whether Save has something to record: the move its undo history (or the move carried over), another form what was typed into it. */
	boolean dirty() {
		if (panel == null) {
			return false;
		}
		return panel.active() == move ? carriedOver != null || history.canUndo() : panel.touched();
	}

	/** Records the change of the form shown, off the UI thread; completes on the UI thread, true when recorded. */
	CompletableFuture<Boolean> save() {
		return panel == null ? CompletableFuture.completedFuture(false) : panel.save();
	}

	/** A change was recorded, or the clerk chose to read the record again: the move carried over is done with. */
	void discardCarriedOver() {
		carriedOver = null;
	}

	/** The move typed and not saved, a copy for the counter to keep; null when none was typed. */
	AddressEntry unsavedMove() {
		boolean typed = history != null && (carriedOver != null || history.canUndo());
		return typed ? EcoreUtil.copy(draft) : null;
	}

	boolean canUndo() {
		return history != null && history.canUndo();
	}

	boolean canRedo() {
		return history != null && history.canRedo();
	}

	void undo() {
		history.undo();
	}

	void redo() {
		history.redo();
	}

	/** Lets the forms go (their bindings), before the page goes or shows the next record. */
	void dispose() {
		if (panel != null) {
			draft.eAdapters().remove(history);
			panel.dispose();
			panel = null;
			history = null;
		}
	}
}
