package org.madoguchi.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.madoguchi.store.StoreException;

/**
 * Which failures the store answers by running the unit of work again: a connection lost when the
 * process hosting the register exits, and conflicts with concurrent transactions, told apart by
 * error code; everything else (a constraint, a wrong password, a bug) is reported at once.
 */
class TransientFailureTest {

	private static SQLException h2(int code) {
		return new SQLException("message text does not matter", String.valueOf(code), code);
	}

	private static SQLException postgres(String state) {
		return new SQLException("message text does not matter", state, 0);
	}

	@Test
	void aBrokenOrHandedOverH2ConnectionIsLostEvenWrappedByTheRepositories() {
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(h2(90067), true), "connection broken");
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(h2(90121), true), "Database is already closed");
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(h2(8000), true), "Lock file recently modified");
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(StoreException.because(h2(90098), "database.failedDoing", "Storing residents", "connection lost"), true));
		assertEquals(TransientFailure.LOST_CONNECTION,
				TransientFailure.of(new SQLException("IO Exception", "90028", 90028, new EOFException()), true), "the host's socket closed");
		assertNull(TransientFailure.of(new SQLException("IO Exception", "90028", 90028, new IOException("No space left on device")), true),
				"a file's I/O error is not a lost connection");
	}

	@Test
	void aGeneralErrorIsALostConnectionWhenTheRollbackAfterItFoundTheConnectionGone() {
		SQLException closing = h2(50000);
		assertNull(TransientFailure.of(StoreException.because(closing, "database.failed", "the statement failed"), true),
				"a general error on its own is not retried");
		closing.addSuppressed(h2(90067));
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(StoreException.because(closing, "database.failed", "the statement failed"), true),
				"the host closed its database under the statement: the rollback found the connection broken");
	}

	@Test
	void concurrentTransactionsGettingInTheWayAreConflicts() {
		assertEquals(TransientFailure.CONFLICT, TransientFailure.of(h2(50200), true), "lock timeout");
		assertEquals(TransientFailure.CONFLICT, TransientFailure.of(h2(40001), true), "deadlock");
		assertEquals(TransientFailure.CONFLICT, TransientFailure.of(h2(23505), true), "a key committed meanwhile");
		assertEquals(TransientFailure.CONFLICT, TransientFailure.of(postgres("40P01"), false));
	}

	@Test
	void otherFailuresAreNotRetried() {
		assertNull(TransientFailure.of(h2(22001), true), "value too long");
		assertNull(TransientFailure.of(h2(28000), true), "wrong password");
		assertNull(TransientFailure.of(h2(90146), true), "no database there");
		assertNull(TransientFailure.of(new IllegalStateException("a bug"), true));
		assertNull(TransientFailure.of(postgres("22001"), false));
		assertEquals(TransientFailure.LOST_CONNECTION, TransientFailure.of(postgres("08006"), false));
	}

	@Test
	void aLostConnectionIsRetriedAfterDroppingTheOthersAndAPersistentOneIsReported() {
		int[] attempts = { 0 };
		int[] dropped = { 0 };
		String result = Retrying.run(true, () -> {
			if (++attempts[0] < 3) {
				throw StoreException.because(h2(90067), "database.failed", "connection broken");
			}
			return "done";
		}, () -> dropped[0]++);
		assertEquals("done", result);
		assertEquals(3, attempts[0]);
		assertEquals(2, dropped[0]);

		attempts[0] = 0;
		StoreException constraint = StoreException.because(h2(22001), "database.failed", "value too long");
		assertEquals(constraint, assertThrows(StoreException.class, () -> Retrying.run(true, () -> {
			attempts[0]++;
			throw constraint;
		}, () -> {
		})));
		assertEquals(1, attempts[0], "a failure of the work itself runs once");
	}
}
