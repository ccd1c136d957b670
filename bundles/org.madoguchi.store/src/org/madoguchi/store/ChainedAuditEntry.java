package org.madoguchi.store;

import java.time.LocalDateTime;

/**
 * An audit entry with its place in the hash chain, as an archive keeps it: the time as stored (the
 * register's local time, to the microsecond), the previous entry's hash and its own.
 */
public record ChainedAuditEntry(long id, LocalDateTime at, String operatorId, String operation, Long residentId, String detail,
		String previousHash, String hash, String detailMessage) {
}
