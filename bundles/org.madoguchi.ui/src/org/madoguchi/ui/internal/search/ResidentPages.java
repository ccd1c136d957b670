package org.madoguchi.ui.internal.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.eclipse.core.runtime.jobs.Job;
import org.madoguchi.service.ResidentView;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;

/**
 * The rows of one search, read a page at a time as the virtual table shows them, off the UI thread
 * so that scrolling never waits for the database; a few pages stay cached, the rest are forgotten.
 * Used on the UI thread only.
 */
final class ResidentPages {

	static final int PAGE = 200;
	private static final int CACHED_PAGES = 16;

	private final Reads reads;
	private final String text;
	/** Removed records (除票) are found too. */
	private final boolean removed;
	/** Told the number of a page that has arrived, while this search is the one shown. */
	private final IntConsumer arrived;
	private final Map<Integer, List<ResidentView>> pages = new LinkedHashMap<>(CACHED_PAGES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, List<ResidentView>> eldest) {
			return size() > CACHED_PAGES;
		}
	};
	private final Map<Integer, Job> loading = new HashMap<>();
	/** A new search replaced this one: pages still arriving are dropped. */
	private boolean cancelled;

	ResidentPages(Reads reads, String text, boolean removed, IntConsumer arrived) {
		this.reads = reads;
		this.text = text;
		this.removed = removed;
		this.arrived = arrived;
	}

	/** The row at {@code index}, or null while its page is on its way (the table shows a placeholder). */
	ResidentView row(int index) {
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
		loading.put(page, reads.read(Messages.Search_searching, register -> register.queries().search(text, PAGE, page * PAGE, removed), rows -> {
			loading.remove(page);
			if (!cancelled) {
				pages.put(page, rows);
				arrived.accept(page);
			}
		}, failure -> loading.remove(page)));
	}

	/** Stops pages still on their way (a new search replaces this one). */
	void cancel() {
		cancelled = true;
		loading.values().forEach(Job::cancel);
		loading.clear();
	}
}
