package org.madoguchi.store.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.madoguchi.store.StoreException;

/**
 * Runs an attempt again after a {@link TransientFailure}, a bounded number of times, pausing a
 * little longer each time (with some randomness, so that processes that lost their host together
 * do not all reach for the lock file in the same instant). Taking over an embedded register whose
 * host was killed takes H2 a few seconds (it waits until the old lock file is stale); the pauses
 * add up to at most 17 s, enough for that several times over.
 */
final class Retrying {

	static final int ATTEMPTS = 14;
	private static final long FIRST_PAUSE_MS = 50;
	private static final long LONGEST_PAUSE_MS = 2_000;

	/** One try; it cleans up after itself when it fails. */
	@FunctionalInterface
	interface Attempt<T> {
		T run();
	}

	/**
	 * @param embedded whether the failures come from embedded H2 or from PostgreSQL
	 * @param afterLostConnection what to do when a connection was lost, before the next attempt
	 */
	static <T> T run(boolean embedded, Attempt<T> attempt, Runnable afterLostConnection) {
		for (int number = 1;; number++) {
			try {
				return attempt.run();
			} catch (RuntimeException e) {
				TransientFailure failure = TransientFailure.of(e, embedded);
				if (failure == null || number == ATTEMPTS) {
					throw e;
				}
				if (failure == TransientFailure.LOST_CONNECTION) {
					afterLostConnection.run();
				}
				pause(number);
			}
		}
	}

	/** The longest pause before attempt {@code number + 1}. */
	private static long pauseMillis(int number) {
		return Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS << Math.min(number - 1, 10));
	}

	private static void pause(int number) {
		long pause = pauseMillis(number);
		try {
			Thread.sleep(pause / 2 + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw StoreException.because(e, "database.interrupted");
		}
	}

	private Retrying() {
	}
}
