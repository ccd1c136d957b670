package org.madoguchi.ui.internal.session;

import org.eclipse.osgi.util.NLS;
import org.madoguchi.service.ChangeJournal;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Permission;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * The register as the workbench's current operator has it open. It lives in the application
 * context; when the counter is locked and somebody else logs in, the register is swapped and
 * {@link SessionEvents#OPERATOR_CHANGED} tells the parts to show what the new role allows.
 */
public final class Session implements AutoCloseable {

	private final DatabaseLocation location;
	private Register register;
	/** Whether the register is the city's central one rather than a branch office's: read as it is opened, it does not change. */
	private boolean central;
	/** Counts the counter's locks, so that a read begun before one shows nothing after it. */
	private long shift;

	public Session(DatabaseLocation location, Register register) {
		this.location = location;
		this.register = register;
		this.central = isCentral(register);
	}

	private static boolean isCentral(Register register) {
		return ChangeJournal.CENTRAL.equals(register.journal().office());
	}

	public Register register() {
		return register;
	}

	public DatabaseLocation location() {
		return location;
	}

	/** "Madoguchi — 窓口市役所 — 佐藤 (supervisor)"; a demo register says so instead of naming an operator. */
	public String windowTitle() {
		String office = register.office();
		String who = register.isDemo() ? Messages.Session_demo
				: NLS.bind(Messages.Session_operator, register.operator().name(), Messages.label(register.operator().role()));
		return "Madoguchi" + (office.isEmpty() ? "" : " — " + office) + " — " + who;
	}

	/** The city's central register: it takes the offices' change files; a branch office's writes them. */
	public boolean atCentral() {
		return central;
	}

	public boolean allows(Permission permission) {
		return permission.allows(register.operator().role());
	}

	/** An auditor's session: the audit trail, and nothing of the register. */
	public boolean auditsOnly() {
		return allows(Permission.READ_AUDIT) && !allows(Permission.READ_REGISTER);
	}

	/** The counter locked: what reads begun until now bring back is for nobody's eyes. */
	public void locked() {
		shift++;
	}

	/** Which stretch between two locks the counter is in; a read compares it before it shows anything. */
	public long shift() {
		return shift;
	}

	/** Hands the counter to the operator of {@code next} (audited); the previous register is closed. */
	public void handOver(Register next) {
		Register previous = register;
		next.takeOverCounter(previous.operator());
		register = next;
		central = isCentral(next);
		previous.close();
	}

	@Override
	public void close() {
		register.close();
	}
}
