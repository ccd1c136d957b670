package org.madoguchi.store.tests;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.madoguchi.store.Store;

/** A test on a new, empty store of one kind of database (H2 and PostgreSQL subclasses). */
abstract class StoreFixture {

	/** When the tests' audit entries are written: a set time, so that no result depends on the day the tests run. */
	protected static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 9, 30);

	protected Store store;

	/** A new, empty database. */
	protected abstract Store openEmpty() throws Exception;

	/** The same database opened again. */
	protected abstract Store reopen() throws Exception;

	@BeforeEach
	void open() throws Exception {
		store = openEmpty();
	}

	@AfterEach
	void close() {
		store.close();
	}

	/**
	 * Runs {@code work} {@code times} times on this store and as often on a second store of the same
	 * database at the same time, as two processes sharing a register would.
	 */
	protected void onTwoStoresAtOnce(int times, Consumer<Store> work) throws Exception {
		try (Store other = reopen()) {
			ExecutorService workers = Executors.newFixedThreadPool(2);
			CountDownLatch start = new CountDownLatch(1);
			try {
				List<Future<Void>> done = new ArrayList<>();
				for (Store worker : List.of(store, other)) {
					Callable<Void> working = () -> {
						start.await();
						for (int i = 0; i < times; i++) {
							work.accept(worker);
						}
						return null;
					};
					done.add(workers.submit(working));
				}
				start.countDown();
				for (Future<Void> finished : done) {
					finished.get();
				}
			} finally {
				workers.shutdown();
			}
		}
	}
}
