package org.madoguchi.ui.internal.resident;

import org.eclipse.swt.widgets.Composite;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ResidentChangeActions;

/**
 * One of the editor's change forms (move within, move-out, household change, name change, death,
 * correction): what the clerk types for the change, and the change it asks the register for. The
 * same request is previewed (rolled back) while the clerk types and recorded on Save.
 */
interface ChangeForm {

	/** A change as typed, ready to be previewed or recorded on the record the editor opened. */
	@FunctionalInterface
	interface Request {
		ChangeOutcome apply(ResidentChangeActions changes, ChangeTarget target);
	}

	/** The form's name on its button. */
	String title();

	/** Builds the form; {@code edited} is told of every edit. */
	void create(Composite parent, Runnable edited);

	/**
	 * The change as typed.
	 *
	 * @throws IllegalArgumentException naming the field, when something typed cannot be read or is missing
	 */
	Request request();

	/** Lets go of what the form bound (data binding); plain fields hold nothing. */
	default void dispose() {
	}
}
