package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.madoguchi.service.internal.WriterThread;

/** The report's writer thread: every row in order, and a failed write reaches the reader. */
class WriterThreadTest {

	@Test
	void everyItemIsWrittenInOrderBeforeFinishReturns() {
		List<Long> written = new ArrayList<>();
		try (WriterThread<Long> writer = new WriterThread<>("test writer", written::add)) {
			LongStream.range(0, 12_345).forEach(writer::accept);
			writer.finish();
		}
		assertEquals(LongStream.range(0, 12_345).boxed().toList(), written);
	}

	@Test
	void aFailedWriteIsThrownToTheReader() {
		try (WriterThread<Long> writer = new WriterThread<>("test writer", item -> {
			if (item == 700) {
				throw new UncheckedIOException(new IOException("No space left on device"));
			}
		})) {
			UncheckedIOException failure = assertThrows(UncheckedIOException.class, () -> {
				LongStream.range(0, 100_000).forEach(writer::accept);
				writer.finish();
			});
			assertEquals("No space left on device", failure.getCause().getMessage());
		}
	}

	@Test
	void closingWithoutFinishingStopsTheWriter() {
		try (WriterThread<Long> writer = new WriterThread<>("abandoned writer", item -> {
			// rows nobody will see
		})) {
			LongStream.range(0, 1_000).forEach(writer::accept);
		}
		assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(thread -> thread.getName().equals("abandoned writer")),
				"the reader gave up, so the writer must not linger");
	}
}
