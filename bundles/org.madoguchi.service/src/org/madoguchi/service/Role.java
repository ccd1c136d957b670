package org.madoguchi.service;

/** What an operator may do; the service checks it before every use case. */
public enum Role {
	/** Counter work: register, move, applications, hand out cards, record losses, see numbers (audited). */
	CLERK,
	/** Everything a clerk does, plus issuance and revocation, printing, reports, backups, operators. */
	SUPERVISOR,
	/** Reads the audit trail; changes nothing and sees no Individual Number. */
	AUDITOR,
	/** The built-in operator of a demo database and of batch runs on it: may do everything. */
	BATCH;

	/** The role's word on the command line and in access refusals ({@code clerk}). */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
