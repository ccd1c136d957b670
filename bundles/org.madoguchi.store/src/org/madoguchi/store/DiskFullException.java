package org.madoguchi.store;

import org.madoguchi.model.values.Problem;

/** The disk holding the register is full: nothing could be written, and nothing was changed. */
public final class DiskFullException extends StoreException {
	private static final long serialVersionUID = 1L;

	public DiskFullException(long freeMegabytes, Throwable cause) {
		super(new Problem(StoreException.class, "disk.full", freeMegabytes), cause);
	}
}
