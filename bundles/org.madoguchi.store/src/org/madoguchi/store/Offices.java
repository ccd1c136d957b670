package org.madoguchi.store;

import java.util.List;
import java.util.Optional;

/** The branch offices whose change files this register takes. */
public interface Offices {

	void add(RegisteredOffice office);

	Optional<RegisteredOffice> find(String code);

	/** The office whose key this is, if one has it. */
	Optional<RegisteredOffice> withKey(String publicKey);

	/** The office that hands out ids from block {@code idBlock}, if one does. */
	Optional<RegisteredOffice> withIdBlock(long idBlock);

	/** Every office, by code. */
	List<RegisteredOffice> all();
}
