package org.madoguchi.ui.internal.session;

/** Event topics the parts listen to. */
public final class SessionEvents {

	/** Another operator took over the counter (the data is the new operator's id). */
	public static final String OPERATOR_CHANGED = "madoguchi/session/operator";
	/** The register changed (a save, a card step, an import): lists and counts are stale. */
	public static final String REGISTER_CHANGED = "madoguchi/register/changed";

	private SessionEvents() {
	}
}
