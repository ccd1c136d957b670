package org.madoguchi.service;

import java.util.EnumSet;
import java.util.Set;

/** What a use case needs the operator's role to allow. */
public enum Permission {
	/** Search and open residents. */
	READ_REGISTER(Role.CLERK, Role.SUPERVISOR, Role.BATCH),
	/** See a full Individual Number (every display is audited). */
	SHOW_NUMBER(Role.CLERK, Role.SUPERVISOR, Role.BATCH),
	/** Register residents, record moves, take applications, hand out cards, record losses. */
	COUNTER_WORK(Role.CLERK, Role.SUPERVISOR, Role.BATCH),
	/** Approve issuance and revocation. */
	APPROVE(Role.SUPERVISOR, Role.BATCH),
	/** Reports, printing, imports, backups, demo data. */
	SUPERVISE(Role.SUPERVISOR, Role.BATCH),
	/** Read the audit trail. */
	READ_AUDIT(Role.AUDITOR, Role.SUPERVISOR, Role.BATCH);

	private final Set<Role> roles;

	Permission(Role first, Role... more) {
		this.roles = EnumSet.of(first, more);
	}

	public boolean allows(Role role) {
		return roles.contains(role);
	}
}
