package org.madoguchi.store;

import java.util.List;
import java.util.Optional;

/** The operators of a database; a disabled operator stays listed (the audit trail names them) but cannot log in. */
public interface Operators {
	void insert(Operator operator);

	/** An active operator; a disabled one is not found. */
	Optional<Operator> find(String id);

	/** An operator, active or disabled. */
	Optional<OperatorAccount> account(String id);

	/** Every operator, disabled ones too, by ID. */
	List<OperatorAccount> accounts();

	void disable(String id);

	void changeRole(String id, String role);

	void changePassword(String id, String passwordHash);

	long count();
}
