package org.madoguchi.ui.internal.session;

/**
 * Event topics the parts listen to. When the counter changes hands they come in this order, all
 * while the windows' contents are hidden: {@link #COUNTER_LOCKED}, then (once somebody has logged
 * in) {@link #OPERATOR_CHANGED}.
 */
public final class SessionEvents {

	/**
	 * The counter locked (the data is the id of the operator leaving it): every part drops what it
	 * shows of the register, so that nothing of it is left for whoever logs in next.
	 */
	public static final String COUNTER_LOCKED = "madoguchi/session/locked";
	/**
	 * Somebody logged in on the locked counter, maybe the same operator again (the data is their
	 * id): every part shows what the new role allows, and nothing else.
	 */
	public static final String OPERATOR_CHANGED = "madoguchi/session/operator";
	/** A supervisor changed the office's settings (its name, the idle lock). */
	public static final String OFFICE_CHANGED = "madoguchi/session/office";
	/**
	 * The register changed (a save, a card step, an import): lists and counts are stale. The data
	 * is a {@link ResidentChanged} when the change was one resident's.
	 */
	public static final String REGISTER_CHANGED = "madoguchi/register/changed";

	/** What changed one resident's record: the resident, and what the editor says of it at its top (null for nothing). */
	public record ResidentChanged(long residentId, String said) {
	}

	private SessionEvents() {
	}
}
