package org.madoguchi.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.session.Session;

/**
 * How a part reads the register: in a Job, never on the UI thread, and what the read brings back
 * is applied on the UI thread only while the part's control lives and the counter has not locked
 * since the read began (what a clerk asked for never reaches the next operator's screen).
 */
public final class Reads {

	private final Session session;
	private final Control owner;

	/** Reads for the part whose widgets hang under {@code owner}. */
	public Reads(Session session, Control owner) {
		this.session = session;
		this.owner = owner;
	}

	/**
	 * Starts {@code read} on the register of the operator at the counter now; {@code show} gets
	 * its result on the UI thread, {@code failed} the failure. Returns the job, to cancel it.
	 */
	public <T> Job read(String name, Function<Register, T> read, Consumer<? super T> show, Consumer<RuntimeException> failed) {
		Register register = session.register();
		long shift = session.shift();
		Display display = owner.getDisplay();
		Job job = Job.create(name, monitor -> {
			Runnable result;
			try {
				T value = read.apply(register);
				result = () -> show.accept(value);
			} catch (RuntimeException e) {
				result = () -> failed.accept(e);
			}
			if (!monitor.isCanceled() && !display.isDisposed()) {
				Runnable apply = result;
				display.asyncExec(() -> {
					if (!owner.isDisposed() && session.shift() == shift) {
						apply.run();
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		return job;
	}
}
