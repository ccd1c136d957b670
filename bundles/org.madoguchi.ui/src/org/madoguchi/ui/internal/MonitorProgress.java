package org.madoguchi.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.madoguchi.service.Progress;

/** A use case's progress shown on an Eclipse progress monitor, whose Cancel button stops it. */
public final class MonitorProgress implements Progress {

	private static final int TICKS = 1000;
	private final IProgressMonitor monitor;
	private int reported;

	public MonitorProgress(IProgressMonitor monitor, String task) {
		this.monitor = monitor;
		monitor.beginTask(task, TICKS);
	}

	@Override
	public void worked(long done, long total) {
		int ticks = total <= 0 ? 0 : (int) Math.min(TICKS, done * TICKS / total);
		if (ticks > reported) {
			monitor.worked(ticks - reported);
			reported = ticks;
		}
		monitor.subTask(total > 0 ? done + " / " + total : String.valueOf(done));
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}
}
