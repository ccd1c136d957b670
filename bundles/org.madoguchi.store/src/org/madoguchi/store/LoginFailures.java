package org.madoguchi.store;

import java.util.Optional;

/** The failed logins in a row per operator ID; an ID nobody failed to log in with has none. */
public interface LoginFailures {

	Optional<FailedLogins> find(String operatorId);

	void save(String operatorId, FailedLogins failures);

	/** Forgets the ID's failures and lock (a login that worked, a supervisor's unlock). */
	void clear(String operatorId);
}
