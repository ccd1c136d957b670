package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/**
 * Drives the workbench's widgets from the test thread the way a clerk would: finds shells by
 * title and fields by their label, types and presses, and waits for what the screen shows.
 */
final class Ui {

	static final long TIMEOUT_MS = 60_000;
	/** Longer than GTK's transitions between the states of a widget. */
	private static final long ANIMATIONS_MS = 1_000;

	private Ui() {
	}

	/** The workbench's display: the harness creates it on the main thread, maybe after the tests start. */
	static Display display() {
		long until = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < until) {
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				Display display = Display.findDisplay(thread);
				if (display != null) {
					return display;
				}
			}
			pause();
		}
		return fail("no display appeared");
	}

	static <T> T sync(Supplier<T> query) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(query.get());
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	static void sync(Runnable action) {
		sync(() -> {
			action.run();
			return null;
		});
	}

	/** Runs an action that opens a modal dialog: it returns when the dialog closes, so it is not waited for. */
	static void async(Runnable action) {
		display().asyncExec(action);
	}

	static <T> T waitFor(String what, Supplier<T> probe) {
		long until = System.currentTimeMillis() + TIMEOUT_MS;
		while (System.currentTimeMillis() < until) {
			T found = sync(probe);
			if (found != null && !Boolean.FALSE.equals(found)) {
				return found;
			}
			pause();
		}
		return fail("waited " + TIMEOUT_MS / 1000 + " s for " + what);
	}

	static Shell shell(String title) {
		return waitFor("a window titled \"" + title + "\"", () -> {
			for (Shell shell : display().getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && shell.getText().equals(title)) {
					return shell;
				}
			}
			return null;
		});
	}

	static void waitUntilClosed(Shell shell) {
		waitFor("the window to close", shell::isDisposed);
	}

	static <T extends Widget> List<T> all(Composite root, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		for (Control child : root.getChildren()) {
			if (type.isInstance(child) && test.test(type.cast(child))) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(all(composite, type, test));
			}
		}
		return found;
	}

	static <T extends Widget> T find(Composite root, Class<T> type, Predicate<T> test) {
		List<T> found = all(root, type, test);
		return found.isEmpty() ? null : found.get(0);
	}

	static String plain(String label) {
		return label.replace("&", "");
	}

	/** The button labelled {@code label} (mnemonics ignored). */
	static Button button(Composite root, String label) {
		Button button = find(root, Button.class, candidate -> plain(candidate.getText()).equals(label) && candidate.isVisible());
		if (button == null) {
			fail("no button \"" + label + "\"");
		}
		return button;
	}

	/** Presses the button as a click does. */
	static void press(Button button) {
		if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
			button.setSelection(true);
		}
		button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
	}

	/** The text field right after the label {@code label}. */
	static Text field(Composite root, String label) {
		Label caption = find(root, Label.class, candidate -> candidate.getText().equals(label));
		if (caption == null) {
			fail("no field labelled \"" + label + "\"");
		}
		Control[] siblings = caption.getParent().getChildren();
		for (int index = 0; index < siblings.length - 1; index++) {
			if (siblings[index] == caption && siblings[index + 1] instanceof Text text) {
				return text;
			}
		}
		return fail("no text field after \"" + label + "\"");
	}

	/** The Individual Number of a resident's editor, once the editor has read its record (it opens while the record is on its way). */
	static Label number(Composite editor) {
		return waitFor("the resident's record read", () -> find(editor, Label.class, label -> "individualNumber".equals(label.getData("field"))));
	}

	/** Waits until {@code label} says {@code text} (a number shown is read from the register off the UI thread). */
	static void waitForText(Label label, String text) {
		waitFor("\"" + text + "\"", () -> text.equals(label.getText()));
	}

	/** What a wizard's last page says it did, once the work is done. */
	static String resultOf(Shell wizard, String what) {
		return waitFor(what, () -> {
			Label summary = find(wizard, Label.class, label -> label.getData("result") != null && !label.getText().isEmpty());
			return summary == null ? null : summary.getText();
		});
	}

	static void type(Composite root, String label, String text) {
		field(root, label).setText(text);
	}

	/**
	 * What the screen shows in {@code area}, as a PNG into the test's output folder (target/). GTK
	 * animates a change of state (a box ticked, a button enabled) for a moment after the widget has
	 * it: the picture waits for the animation to end, or it shows the box still unticked.
	 */
	static Path screenshot(Rectangle area, String name) {
		Path file = RunningWorkbench.session().location().folder().getParent().resolve(name);
		sleep(ANIMATIONS_MS);
		sync(() -> {
			Display display = display();
			Image image = new Image(display, area.width, area.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, area.x, area.y);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}

	private static void pause() {
		sleep(50);
	}

	private static void sleep(long milliseconds) {
		try {
			Thread.sleep(milliseconds);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
