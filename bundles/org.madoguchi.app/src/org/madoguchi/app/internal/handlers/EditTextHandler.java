package org.madoguchi.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

import jakarta.inject.Named;

/**
 * Edit > Cut / Copy / Paste / Select All on the focused input field, so that clerks who work
 * with the mouse find them where every desktop program has them.
 */
public final class EditTextHandler {

	static final String ACTION = "org.madoguchi.app.commandparameter.textAction";

	@CanExecute
	boolean canExecute(Display display) {
		Control focus = display.getFocusControl();
		return focus instanceof Text || focus instanceof Combo;
	}

	@Execute
	void execute(Display display, @Named(ACTION) String action) {
		Control focus = display.getFocusControl();
		if (focus instanceof Text text) {
			apply(action, text::cut, text::copy, text::paste, text::selectAll);
		} else if (focus instanceof Combo combo) {
			apply(action, combo::cut, combo::copy, combo::paste,
					() -> combo.setSelection(new Point(0, combo.getText().length())));
		}
	}

	private static void apply(String action, Runnable cut, Runnable copy, Runnable paste, Runnable selectAll) {
		switch (action) {
		case "cut" -> cut.run();
		case "copy" -> copy.run();
		case "paste" -> paste.run();
		case "selectAll" -> selectAll.run();
		default -> throw new IllegalArgumentException("Unknown text action: " + action);
		}
	}
}
