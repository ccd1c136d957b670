package org.madoguchi.ui.internal.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.madoguchi.service.RegisterQueries;
import org.madoguchi.service.ResidentView;

/**
 * The rows of one search, fetched a page at a time as the virtual table shows them, in a Job so
 * that scrolling never waits for the database; a few pages stay cached, the rest are forgotten.
 */
final class ResidentPages {

	static final int PAGE = 200;
	private static final int CACHED_PAGES = 16;

	private final RegisterQueries queries;
	private final String text;
	/** Removed records (除票) are found too. */
	private final boolean removed;
	/** Called on a worker thread with the number of the page that has arrived. */
	private final Consumer<Integer> arrived;
	private final Map<Integer, List<ResidentView>> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<ResidentView>> eldest) {
			return size() > CACHED_PAGES;
		}
	};
	private final Map<Integer, Job> loading = new LinkedHashMap<>();

	ResidentPages(RegisterQueries queries, String text, boolean removed, Consumer<Integer> arrived) {
		this.queries = queries;
		this.text = text;
		this.removed = removed;
		this.arrived = arrived;
	}

	/** The row at {@code index}, or null while its page is on its way (the table shows a placeholder). */
	synchronized ResidentView row(int index) {
		int page = index / PAGE;
		List<ResidentView> rows = pages.get(page);
		if (rows == null) {
			load(page);
			return null;
		}
		int offset = index % PAGE;
		return offset < rows.size() ? rows.get(offset) : null;
	}

	private void load(int page) {
		if (loading.containsKey(page)) {
			return;
		}
		Job job = Job.create("Residents " + page * PAGE, monitor -> {
			List<ResidentView> rows = queries.search(text, PAGE, page * PAGE, removed);
			synchronized (this) {
				pages.put(page, rows);
				loading.remove(page);
			}
			if (!monitor.isCanceled()) {
				arrived.accept(page);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		loading.put(page, job);
		job.schedule();
	}

	/** Stops pages still on their way (a new search replaces this one). */
	synchronized void cancel() {
		loading.values().forEach(Job::cancel);
	}
}
