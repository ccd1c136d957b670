package org.madoguchi.store;

/** The database cannot do what was asked; the message says why in terms a clerk or operator can act on. */
public class StoreException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
