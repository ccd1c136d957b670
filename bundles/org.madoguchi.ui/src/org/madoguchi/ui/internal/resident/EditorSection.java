package org.madoguchi.ui.internal.resident;

import org.eclipse.swt.widgets.Composite;

/**
 * A section of the resident editor's page (the person, the addresses, the change forms, the
 * household, the cards…): it builds its controls once, when the record first comes, and shows
 * every record the editor reads after that (a save, a card step, a change made elsewhere).
 */
interface EditorSection {

	/** Builds the section's controls, one row of the page. */
	void create(Composite page);

	/** Shows the record as the editor has just read it, on the UI thread. */
	void show(ResidentRead read);
}
