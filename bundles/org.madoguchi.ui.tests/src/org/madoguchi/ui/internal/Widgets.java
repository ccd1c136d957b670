package org.madoguchi.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/** Finds the widgets of a dialog driven in a test, as the clerk sees them, and waits for what its jobs bring. */
public final class Widgets {

	private static final long PATIENCE_MS = 20_000;

	private Widgets() {
	}

	/** The fields one can type into, in the order of the dialog. */
	public static List<Text> texts(Composite root) {
		return find(root, Text.class).stream().filter(text -> (text.getStyle() & SWT.READ_ONLY) == 0).toList();
	}

	public static <T extends Control> List<T> find(Composite root, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	/** Runs the UI's events until {@code condition} holds; fails naming {@code what} after a while. */
	public static void waitFor(String what, BooleanSupplier condition) {
		Display display = Display.getDefault();
		long until = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > until) {
				throw new AssertionError("waited for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
