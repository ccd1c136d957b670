package org.madoguchi.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.session.Session;

/**
 * How a part reads and writes the register: in a Job, never on the UI thread, and what the job
 * brings back (a result, a refusal) is applied on the UI thread only while the part's control
 * lives and the counter has not locked since the job began (what a clerk asked for never reaches
 * the next operator's screen).
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
		Job job = start(name, read, show, failed);
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/**
	 * Starts {@code write}, one transaction of the register of the operator at the counter now, as a
	 * job the workbench's progress shows under {@code name}; {@code done} gets its result on the UI
	 * thread, {@code refused} the refusal, on the terms of a read.
	 */
	public <T> Job write(String name, Function<Register, T> write, Consumer<? super T> done, Consumer<RuntimeException> refused) {
		Job job = start(name, write, done, refused);
		job.schedule();
		return job;
	}

	private <T> Job start(String name, Function<Register, T> work, Consumer<? super T> show, Consumer<RuntimeException> failed) {
		Register register = session.register();
		long shift = session.shift();
		Display display = owner.getDisplay();
		return Job.create(name, monitor -> {
			monitor.beginTask(name, IProgressMonitor.UNKNOWN);
			Runnable result;
			try {
				T value = work.apply(register);
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
			monitor.done();
			return Status.OK_STATUS;
		});
	}
}
