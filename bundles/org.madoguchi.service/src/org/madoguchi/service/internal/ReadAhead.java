package org.madoguchi.service.internal;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Reads the next batches of a file on a thread of its own while the caller stores the current one,
 * so that on the office PC's two cores parsing and checking rows overlaps with the database's
 * work (an import spends about a third of its time on each row before the database sees it). At
 * most two batches wait, which keeps memory flat. A failure of the reader (a file that broke
 * while being read) is thrown to the caller when it reaches the batch that failed.
 */
public final class ReadAhead<T> implements AutoCloseable {

	private static final int BATCHES_AHEAD = 2;

	private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
	private final Thread thread;
	private volatile RuntimeException failure;

	/** @param batches gives the next batch, or an empty list at the end of the file */
	public ReadAhead(String name, Supplier<List<T>> batches) {
		thread = new Thread(() -> fill(batches), name);
		thread.setDaemon(true);
		thread.start();
	}

	private void fill(Supplier<List<T>> batches) {
		try {
			List<T> batch;
			do {
				try {
					batch = batches.get();
				} catch (RuntimeException e) {
					failure = e;
					batch = List.of();
				} catch (Error e) {
					failure = new IllegalStateException(e);
					batch = List.of();
				}
				queue.put(batch);
			} while (!batch.isEmpty());
		} catch (InterruptedException e) {
			// the caller stopped reading: close() interrupts
			Thread.currentThread().interrupt();
		}
	}

	/** The next batch; empty at the end of the file. */
	public List<T> next() {
		try {
			List<T> batch = queue.take();
			if (batch.isEmpty() && failure != null) {
				throw failure;
			}
			return batch;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for " + thread.getName(), e);
		}
	}

	/** Stops the reader, wherever it is. */
	@Override
	public void close() {
		thread.interrupt();
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
