package org.madoguchi.store;

/**
 * A point of the audit chain: an entry and the hash it holds, which covers every entry up to it.
 * Recorded outside the register (in a backup), it proves later that nothing up to it was rewritten.
 */
public record AuditAnchor(long entryId, String hash) {
}
