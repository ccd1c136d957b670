package org.madoguchi.store.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.madoguchi.store.StoreException;

/**
 * Which failures of an embedded register are failed writes, and so said as a full disk when the
 * disk has hardly any room left: H2 reports the same full disk in several ways, depending on
 * whether the statement or the store's background writer hit it first.
 */
class FullDiskTest {

	private static SQLException h2(int code) {
		return new SQLException("message text does not matter", String.valueOf(code), code);
	}

	@Test
	void theWaysH2ReportsAFailedWriteAreWriteFailures() {
		assertTrue(FullDisk.isWriteFailure(h2(90028)), "IO exception");
		assertTrue(FullDisk.isWriteFailure(h2(90097)), "read-only");
		assertTrue(FullDisk.isWriteFailure(h2(90098)), "the store closed itself after a failed write");
		assertTrue(FullDisk.isWriteFailure(StoreException.because(h2(50000), "database.failed", "the statement failed [SQL state HY000]")),
				"the general error of the statement after the background writer failed, wrapped by the store");
		assertTrue(FullDisk.isWriteFailure(new IllegalStateException("Writing to /disk/madoguchi.mv.db failed")));
		assertTrue(FullDisk.isWriteFailure(new SQLException("IO Exception", "90028", 90028, new IOException("No space left on device"))));
	}

	@Test
	void aRollbackThatFailedOnTheFullDiskCountsToo() {
		IllegalStateException bug = new IllegalStateException("the work failed");
		bug.addSuppressed(h2(90028));
		assertTrue(FullDisk.isWriteFailure(bug));
	}

	@Test
	void failuresOfTheDataAreNot() {
		assertFalse(FullDisk.isWriteFailure(h2(23505)), "a duplicate key");
		assertFalse(FullDisk.isWriteFailure(h2(22001)), "a value too long");
		assertFalse(FullDisk.isWriteFailure(h2(28000)), "a wrong password");
		assertFalse(FullDisk.isWriteFailure(new IllegalArgumentException("a bug")));
	}
}
