package org.madoguchi.ui.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Locks a shared counter that nobody has touched for the configured minutes: the windows' contents
 * are hidden behind the login dialog, and whoever logs in works on as themselves. A demo register has no
 * passwords and is not locked.
 */
public final class IdleLock implements Listener {

	private static final int CHECK_EVERY_MS = 5_000;
	private static final int[] ACTIVITY = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	private final Display display;
	private final Session session;
	private final IEventBroker events;
	private final IntSupplier minutes;
	private final Runnable exit;
	private long lastActivity = System.currentTimeMillis();
	private boolean locked;

	/** @param exit closes the workbench, for the lock's Exit button */
	public IdleLock(Display display, Session session, IEventBroker events, IntSupplier minutes, Runnable exit) {
		this.display = display;
		this.session = session;
		this.events = events;
		this.minutes = minutes;
		this.exit = exit;
	}

	public void start() {
		for (int type : ACTIVITY) {
			display.addFilter(type, this);
		}
		display.timerExec(CHECK_EVERY_MS, this::check);
	}

	@Override
	public void handleEvent(Event event) {
		lastActivity = System.currentTimeMillis();
	}

	private void check() {
		if (display.isDisposed()) {
			return;
		}
		long idle = System.currentTimeMillis() - lastActivity;
		if (!locked && minutes.getAsInt() > 0 && idle >= minutes.getAsInt() * 60_000L) {
			lock();
		}
		display.timerExec(CHECK_EVERY_MS, this::check);
	}

	/** Locks now (File > Lock, or after the idle time); returns when somebody has logged in. */
	public void lock() {
		if (locked || session.register().isDemo()) {
			return;
		}
		locked = true;
		// nobody passing the counter may read what is on the screen
		List<Control> hidden = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			for (Control control : shell.getChildren()) {
				if (control.getVisible()) {
					control.setVisible(false);
					hidden.add(control);
				}
			}
		}
		try {
			Shell parent = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
			LoginDialog login = new LoginDialog(parent, session.location(), true);
			if (login.open() != Window.OK) {
				exit.run();
				return;
			}
			session.handOver(login.register());
			events.send(SessionEvents.OPERATOR_CHANGED, login.register().operator().id());
		} finally {
			hidden.stream().filter(control -> !control.isDisposed()).forEach(control -> control.setVisible(true));
			locked = false;
			lastActivity = System.currentTimeMillis();
		}
	}
}
