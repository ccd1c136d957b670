package org.madoguchi.ui.internal.session;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** File > Lock: the clerk leaves the counter; whoever logs in next works as themselves. */
public final class LockHandler {

	@CanExecute
	boolean canExecute(Session session) {
		return !session.register().isDemo();
	}

	@Execute
	void execute(IdleLock lock) {
		lock.lock();
	}
}
