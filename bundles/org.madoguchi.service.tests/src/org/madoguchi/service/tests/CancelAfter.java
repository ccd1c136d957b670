package org.madoguchi.service.tests;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.service.Progress;

/** A user who presses Cancel once the work has reported progress a given number of times. */
final class CancelAfter implements Progress {

	private final int reports;
	private final List<Long> reported = new ArrayList<>();

	CancelAfter(int reports) {
		this.reports = reports;
	}

	@Override
	public void worked(long done, long total) {
		reported.add(done);
	}

	@Override
	public boolean isCanceled() {
		return reported.size() >= reports;
	}

	/** How far the work said it had got, report by report. */
	List<Long> reported() {
		return reported;
	}
}
