package org.madoguchi.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The resident changes (住民異動) a counter records; the code is what the register stores, the
 * command line reads ({@code notify}) and the audit trail names.
 */
public enum ChangeKind {
	MOVE_IN("move-in", AuditOperation.MOVE_IN),
	BIRTH("birth", AuditOperation.BIRTH),
	MOVE_WITHIN("move-within", AuditOperation.MOVE_WITHIN),
	MOVE_OUT("move-out", AuditOperation.MOVE_OUT),
	HOUSEHOLD_CHANGE("household-change", AuditOperation.HOUSEHOLD_CHANGE),
	NAME_CHANGE("name-change", AuditOperation.NAME_CHANGE),
	DEATH("death", AuditOperation.DEATH),
	CORRECTION("correction", AuditOperation.CORRECTION),
	CANCEL("cancel", AuditOperation.CANCEL_CHANGE);

	private final String code;
	private final AuditOperation audit;

	ChangeKind(String code, AuditOperation audit) {
		this.code = code;
		this.audit = audit;
	}

	public String code() {
		return code;
	}

	AuditOperation audit() {
		return audit;
	}

	public static Optional<ChangeKind> ofCode(String code) {
		return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
	}
}
