package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.madoguchi.service.internal.ReadAhead;

/** The import's read-ahead: every batch in file order, and a file that breaks mid-way is reported, not cut short. */
class ReadAheadTest {

	@Test
	void batchesArriveInOrderThenTheEnd() {
		AtomicInteger next = new AtomicInteger();
		List<Integer> read = new ArrayList<>();
		try (ReadAhead<Integer> batches = new ReadAhead<>("test reader", () -> next.get() < 10 ? List.of(next.getAndIncrement()) : List.of())) {
			for (List<Integer> batch = batches.next(); !batch.isEmpty(); batch = batches.next()) {
				read.addAll(batch);
			}
		}
		assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), read);
	}

	@Test
	void aFailedReadIsThrownAtTheBatchThatFailed() {
		AtomicInteger next = new AtomicInteger();
		try (ReadAhead<Integer> batches = new ReadAhead<>("test reader", () -> {
			if (next.get() == 3) {
				throw new UncheckedIOException(new IOException("Input/output error"));
			}
			return List.of(next.getAndIncrement());
		})) {
			assertEquals(List.of(0), batches.next());
			assertEquals(List.of(1), batches.next());
			assertEquals(List.of(2), batches.next());
			UncheckedIOException failure = assertThrows(UncheckedIOException.class, batches::next);
			assertEquals("Input/output error", failure.getCause().getMessage());
		}
	}

	@Test
	void closingStopsTheReader() {
		try (ReadAhead<Integer> batches = new ReadAhead<>("abandoned reader", () -> List.of(1))) {
			assertEquals(List.of(1), batches.next());
		}
		assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals("abandoned reader")),
				"the import stopped, so the reader must not read on");
	}
}
