package org.madoguchi.cli.internal;

import java.io.PrintWriter;

import org.madoguchi.service.Progress;

/** Progress of a long command on stderr, a line at each tenth, so that batch logs show it is alive. */
final class StderrProgress implements Progress {

	private final PrintWriter err;
	private final String what;
	private long lastTenth = -1;

	StderrProgress(PrintWriter err, String what) {
		this.err = err;
		this.what = what;
	}

	@Override
	public void worked(long done, long total) {
		long tenth = done * 10 / Math.max(1, total);
		if (tenth != lastTenth) {
			lastTenth = tenth;
			err.printf("%s: %d of %d%n", what, done, total);
			err.flush();
		}
	}

	@Override
	public boolean isCanceled() {
		return false;
	}
}
