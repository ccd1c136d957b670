package org.madoguchi.service;

import java.nio.file.Path;

/** Installing a new Madoguchi, and going back to the version before it: a supervisor's, audited. */
public final class SoftwareUpdates {

	private final Register register;

	SoftwareUpdates(Register register) {
		this.register = register;
	}

	/**
	 * Checks {@code zip} against the running installation: refused unless it is a Madoguchi update
	 * signed by the installation's own key, intact, and newer (or {@code allowDowngrade}).
	 */
	public SoftwareUpdate offer(Path zip, boolean allowDowngrade) {
		return SoftwareUpdate.offer(register, zip, allowDowngrade);
	}

	/** Checks that the running installation has an earlier version the register can go back to. */
	public SoftwareRevert offerRevert() {
		return SoftwareRevert.offer(register);
	}
}
