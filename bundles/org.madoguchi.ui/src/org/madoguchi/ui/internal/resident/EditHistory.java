package org.madoguchi.ui.internal.resident;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Undo and redo for a form bound to an EMF object: every change of a field is recorded from the
 * model's notifications, and undoing sets the old value back (data binding then shows it).
 * Keystrokes in one field within a short pause are one step, as in a text editor.
 */
final class EditHistory extends EContentAdapter {

	private static final long MERGE_WITHIN_MS = 1500;

	private record Change(EObject object, EStructuralFeature feature, Object before, Object after, long at) {
	}

	private final Deque<Change> undo = new ArrayDeque<>();
	private final Deque<Change> redo = new ArrayDeque<>();
	private final Runnable changed;
	private boolean replaying;

	/** @param changed told after every change, undo and redo (dirty state, enablement) */
	EditHistory(Runnable changed) {
		this.changed = changed;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (replaying || notification.getEventType() != Notification.SET || notification.isTouch()
				|| !(notification.getFeature() instanceof EStructuralFeature feature) || feature.isMany()
				|| feature instanceof org.eclipse.emf.ecore.EReference) {
			return;
		}
		EObject object = (EObject) notification.getNotifier();
		long now = System.currentTimeMillis();
		Change last = undo.peek();
		if (last != null && last.object() == object && last.feature() == feature && now - last.at() < MERGE_WITHIN_MS) {
			undo.pop();
			undo.push(new Change(object, feature, last.before(), notification.getNewValue(), now));
		} else {
			undo.push(new Change(object, feature, notification.getOldValue(), notification.getNewValue(), now));
		}
		redo.clear();
		changed.run();
	}

	boolean canUndo() {
		return !undo.isEmpty();
	}

	boolean canRedo() {
		return !redo.isEmpty();
	}

	void undo() {
		Change change = undo.pop();
		replay(change, change.before());
		redo.push(change);
	}

	void redo() {
		Change change = redo.pop();
		replay(change, change.after());
		undo.push(new Change(change.object(), change.feature(), change.before(), change.after(), 0));
	}

	private void replay(Change change, Object value) {
		replaying = true;
		try {
			change.object().eSet(change.feature(), value);
		} finally {
			replaying = false;
		}
		changed.run();
	}

	/** Forgets everything (after a save: the form starts afresh). */
	void clear() {
		undo.clear();
		redo.clear();
		changed.run();
	}
}
