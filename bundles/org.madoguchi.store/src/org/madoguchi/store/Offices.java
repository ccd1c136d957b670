package org.madoguchi.store;

import java.time.Instant;
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

	/** The last entry of the office's journal this register applied or kept as a conflict; 0 before its first file. */
	long lastTaken(String code);

	/** When the last entry of the office's journal was taken; empty before its first file. */
	Optional<Instant> lastTakenAt(String code);

	/** Records that the entries of the office's journal up to {@code sequence} are taken, at {@code at}. */
	void taken(String code, long sequence, Instant at);
}
