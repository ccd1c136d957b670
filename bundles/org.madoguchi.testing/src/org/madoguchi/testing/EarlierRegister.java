package org.madoguchi.testing;

import java.time.LocalDateTime;

import org.madoguchi.model.Resident;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/**
 * Writes into a register past the service's checks, as an earlier version of Madoguchi could have
 * stored it (values it refuses today), so that the front ends' tests see how such rows are shown.
 */
public final class EarlierRegister {

	/** When the earlier version wrote its audit entry: a set time, whatever day the tests run. */
	private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 20, 9, 0);

	/** Stores {@code resident} and an audit entry about them in the register at {@code db}; returns the resident's id. */
	public static long store(String db, Resident resident, String operation, String detail) {
		try (Store store = Store.open(DatabaseLocation.of(db), null)) {
			return store.write(session -> {
				long id = session.residents().insert(resident);
				session.audit().append(WRITTEN, "batch", operation, id, detail);
				return id;
			});
		}
	}

	private EarlierRegister() {
	}
}
