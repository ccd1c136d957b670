package org.madoguchi.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The office entries central kept as conflicts. */
public interface SyncConflicts {

	/** Keeps {@code conflict} (its id, status and decision ignored) as pending; returns its id. */
	long add(SyncConflict conflict);

	Optional<SyncConflict> find(long id);

	/** The conflicts by id; only the pending ones unless {@code all}. */
	List<SyncConflict> list(boolean all);

	/** Records the decision on a pending conflict; false when it was decided already. */
	boolean decide(long id, String status, String decidedBy, Instant decidedAt, String reason);
}
