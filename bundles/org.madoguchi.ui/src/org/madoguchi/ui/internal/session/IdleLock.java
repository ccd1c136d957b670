package org.madoguchi.ui.internal.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Locks a shared counter that nobody has touched for the office's idle minutes (a setting of the
 * register): the windows' contents are hidden behind the login dialog, the parts drop what they
 * showed, and whoever logs in works on as themselves; the dialogs and wizards the operator had open
 * close when somebody else logs in. The lock never quits the workbench: somebody
 * has to log in. A demo register has no passwords and is not locked.
 */
public final class IdleLock implements Listener {

	private static final int CHECK_EVERY_MS = 5_000;
	private static final int[] ACTIVITY = { SWT.KeyDown, SWT.MouseDown, SWT.MouseMove, SWT.MouseWheel };

	private final Display display;
	private final Session session;
	private final IEventBroker events;
	private int minutes;
	private long lastActivity = System.currentTimeMillis();
	private boolean locked;

	public IdleLock(Display display, Session session, IEventBroker events) {
		this.display = display;
		this.session = session;
		this.events = events;
	}

	public void start() {
		readSettings();
		for (int type : ACTIVITY) {
			display.addFilter(type, this);
		}
		display.timerExec(CHECK_EVERY_MS, this::check);
	}

	/** Takes the office's idle minutes from the register again (after a supervisor changed them, or a hand-over). */
	public void readSettings() {
		minutes = session.register().settings().idleLockMinutes();
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
		if (!locked && minutes > 0 && idle >= minutes * 60_000L) {
			lock();
		}
		display.timerExec(CHECK_EVERY_MS, this::check);
	}

	/** Whether the counter is locked now (the login dialog is up). */
	public boolean isLocked() {
		return locked;
	}

	/** Locks now (File > Lock, or after the idle time); returns when somebody has logged in. */
	public void lock() {
		if (locked || session.register().isDemo()) {
			return;
		}
		locked = true;
		String before = session.register().operator().id();
		// the dialogs and wizards open now are the operator's: closed for another, shown again to them
		List<Window> dialogs = openDialogs();
		// nobody passing the counter may read what is on the screen
		List<Control> hidden = new ArrayList<>();
		Set<Shell> stayHidden = new HashSet<>();
		for (Shell shell : display.getShells()) {
			for (Control control : shell.getChildren()) {
				if (control.getVisible()) {
					control.setVisible(false);
					hidden.add(control);
				}
			}
		}
		try {
			session.locked();
			events.send(SessionEvents.COUNTER_LOCKED, session.register().operator().id());
			Shell parent = display.getActiveShell() != null ? display.getActiveShell() : display.getShells()[0];
			LoginDialog login = new LoginDialog(parent, session.location(), true);
			login.open();
			if (login.register() == null) {
				return; // the dialog went with the workbench shutting down
			}
			session.handOver(login.register());
			if (!login.register().operator().id().equals(before)) {
				stayHidden.addAll(cancelled(dialogs));
			}
			readSettings();
			events.send(SessionEvents.OPERATOR_CHANGED, login.register().operator().id());
		} finally {
			hidden.stream().filter(control -> !control.isDisposed() && !stayHidden.contains(control.getShell()))
					.forEach(control -> control.setVisible(true));
			locked = false;
			lastActivity = System.currentTimeMillis();
		}
	}

	/**
	 * Closes {@code dialogs} as their Cancel would (closing the window: nothing they hold is done
	 * under the next operator's name); returns the shells of those busy with their work, which
	 * refuse, so that their contents stay hidden until they end.
	 */
	private static List<Shell> cancelled(List<Window> dialogs) {
		List<Shell> busy = new ArrayList<>();
		for (Window dialog : dialogs) {
			Shell shell = dialog.getShell();
			if (shell != null && !shell.isDisposed()) {
				shell.close();
				if (!shell.isDisposed()) {
					busy.add(shell);
				}
			}
		}
		return busy;
	}

	/** The JFace dialogs and wizards open on the counter (closing one closes the dialogs it opened with it). */
	private List<Window> openDialogs() {
		List<Window> dialogs = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (shell.getParent() != null && shell.getData() instanceof Window dialog) {
				dialogs.add(dialog);
			}
		}
		return dialogs;
	}
}
