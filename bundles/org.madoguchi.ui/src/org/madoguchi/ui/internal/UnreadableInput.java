package org.madoguchi.ui.internal;

/**
 * Something typed into a form cannot be read or is missing; the message, already in the
 * workbench's language, names the field. An {@link IllegalArgumentException} like the model's own
 * refusal of a value, so a form catches both the same way.
 */
public final class UnreadableInput extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnreadableInput(String message) {
		super(message);
	}

	public UnreadableInput(String message, Throwable cause) {
		super(message, cause);
	}
}
