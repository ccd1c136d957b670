package org.madoguchi.store;

/**
 * The ids the register hands out to new records. A branch office's register hands them out from a
 * block of its own, so that an id means the same record in every register of a city.
 */
public interface Identities {

	/** The ids in a block: block {@code n} holds the ids from {@code n * BLOCK} to {@code (n + 1) * BLOCK - 1}. */
	long BLOCK = 1_000_000_000_000L;

	/**
	 * From now on, every table hands out the ids of block {@code block}: after the highest id of
	 * that block it holds, or from the block's first. Ids of other blocks (records a central
	 * register took from its offices) do not move it. It changes the tables' definitions, which an
	 * embedded database commits at once: only for a register that is being made, which is not in
	 * use until it is.
	 */
	void handOutBlock(long block);
}
