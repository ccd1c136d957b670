package org.madoguchi.store;

import java.util.List;
import java.util.Optional;

/** The change history of resident records: appended to, never rewritten (a cancellation only marks). */
public interface ResidentChanges {

	/** Stores a change (its id and cancelledBy are ignored); returns its id. */
	long add(ResidentChange change);

	Optional<ResidentChange> find(long changeId);

	/** Every change of the resident, oldest first, cancelled ones included. */
	List<ResidentChange> of(long residentId);

	/** Marks {@code changeId} as cancelled by the cancellation {@code cancellationId}. */
	void markCancelled(long changeId, long cancellationId);
}
