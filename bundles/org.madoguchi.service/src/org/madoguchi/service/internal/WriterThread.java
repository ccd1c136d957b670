package org.madoguchi.service.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes items to a file on a thread of its own while the caller goes on reading the register,
 * so that on the office PC's two cores the database and the file writer work at the same time
 * (a report at a million residents spends about as long in each). Items pass in batches through a
 * short queue, which keeps memory flat: a reader that runs ahead waits. A failure of the writer
 * (a full disk) is thrown to the reader at its next item.
 */
public final class WriterThread<T> implements AutoCloseable {

	private static final int BATCH = 500;
	private static final int BATCHES_AHEAD = 8;

	private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
	private final List<T> end = new ArrayList<>();
	private final Thread thread;
	private volatile RuntimeException failure;
	private List<T> batch = new ArrayList<>(BATCH);
	private boolean finished;

	public WriterThread(String name, Consumer<T> writer) {
		thread = new Thread(() -> drain(writer), name);
		thread.setDaemon(true);
		thread.start();
	}

	private void drain(Consumer<T> writer) {
		try {
			for (List<T> items = queue.take(); items != end; items = queue.take()) {
				items.forEach(writer);
			}
		} catch (InterruptedException e) {
			// the reader gave up: close() interrupts
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) {
			failure = e;
		} catch (Error e) {
			failure = new IllegalStateException(e);
		}
	}

	public void accept(T item) {
		batch.add(item);
		if (batch.size() == BATCH) {
			hand(batch);
			batch = new ArrayList<>(BATCH);
		}
	}

	/** Waits until the writer has written every item; throws what it failed with. */
	public void finish() {
		hand(batch);
		hand(end);
		join();
		finished = true;
		if (failure != null) {
			throw failure;
		}
	}

	private void hand(List<T> items) {
		if (failure != null) {
			throw failure;
		}
		try {
			while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
				if (failure != null) {
					throw failure;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while handing rows to " + thread.getName(), e);
		}
	}

	private void join() {
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + thread.getName(), e);
		}
	}

	/** Stops the writer if {@link #finish()} was not reached (the reader failed or was cancelled). */
	@Override
	public void close() {
		if (!finished) {
			thread.interrupt();
			join();
		}
	}
}
