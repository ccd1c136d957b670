package org.madoguchi.service;

import java.nio.file.Path;

import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;
import org.madoguchi.store.Store;

/**
 * Whether the audit trail is as the application wrote it: its hash chain walked from the first
 * entry to the newest, and, against a backup, whether the head recorded there still holds, which
 * a chain recomputed by someone who could write the database cannot fake. The auditor's and the
 * supervisor's.
 */
public final class AuditIntegrity {

	private final Register register;

	AuditIntegrity(Register register) {
		this.register = register;
	}

	public AuditVerification verify() {
		register.require(Permission.READ_AUDIT, "verify the audit trail");
		AuditChainCheck check = register.store().read(session -> session.audit().verify(null));
		return AuditVerification.of(check, null, null);
	}

	/** Also proves that nothing up to the head recorded in {@code backup} was rewritten since it was taken. */
	public AuditVerification verifyAgainst(Path backup) {
		register.require(Permission.READ_AUDIT, "verify the audit trail");
		AuditAnchor anchor = Store.backupAuditHead(backup).orElse(null);
		AuditChainCheck check = register.store().read(session -> session.audit().verify(anchor));
		return AuditVerification.of(check, anchor, backup);
	}
}
