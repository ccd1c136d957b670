package org.madoguchi.print;

/** A print job cannot be made as asked: a broken layout, a missing font, an unreadable photo. */
public final class PrintException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public PrintException(String message) {
		super(message);
	}

	public PrintException(String message, Throwable cause) {
		super(message, cause);
	}
}
