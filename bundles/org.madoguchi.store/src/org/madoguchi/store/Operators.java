package org.madoguchi.store;

import java.util.Optional;

/** The operators of a database. */
public interface Operators {
	void insert(Operator operator);

	Optional<Operator> find(String id);

	long count();
}
