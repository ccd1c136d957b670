package org.madoguchi.store.internal;

import static org.madoguchi.store.AuditChainCheck.Finding.CHANGED;
import static org.madoguchi.store.AuditChainCheck.Finding.INSERTED;
import static org.madoguchi.store.AuditChainCheck.Finding.INTACT;
import static org.madoguchi.store.AuditChainCheck.Finding.NEWEST_REMOVED;
import static org.madoguchi.store.AuditChainCheck.Finding.REMOVED;
import static org.madoguchi.store.AuditChainCheck.Finding.REWRITTEN;

import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;
import org.madoguchi.store.AuditChainCheck.Finding;

/**
 * One walk along the audit chain, oldest entry first, to its first break. An entry that does not
 * fit is a suspect until the entry after it decides: one that links to what the suspect followed
 * skips the suspect, which was therefore slipped in; otherwise the suspect was changed, or entries
 * before it were removed.
 */
final class ChainWalk {

	private final AuditAnchor head;
	private final AuditAnchor anchor;
	private String lastHash = AuditChain.GENESIS;
	private long lastId;
	private long verified;
	private AuditChain.Link suspect;
	private Finding suspicion;
	private AuditChainCheck broken;

	/**
	 * @param head the head the register records (null for an empty trail)
	 * @param anchor a head recorded outside the register, or null
	 */
	ChainWalk(AuditAnchor head, AuditAnchor anchor) {
		this.head = head;
		this.anchor = anchor;
	}

	/** Takes the next entry; false once the first break is known. */
	boolean take(AuditChain.Link link) {
		if (suspect != null) {
			return stop(lastHash.equals(link.previousHash()) ? INSERTED : suspicion, suspect.id());
		}
		if (anchor != null && lastId < anchor.entryId() && link.id() > anchor.entryId()) {
			return stop(REWRITTEN, anchor.entryId());
		}
		if (link.hash() == null || link.previousHash() == null || head == null || link.id() > head.entryId()) {
			// not written by the application: no hash, or past the head it moved last
			return stop(INSERTED, link.id());
		}
		Finding misfit = !lastHash.equals(link.previousHash()) ? REMOVED : !link.expectedHash().equals(link.hash()) ? CHANGED : null;
		if (misfit != null) {
			suspect = link;
			suspicion = misfit;
			return true;
		}
		if (anchor != null && link.id() == anchor.entryId() && !link.hash().equals(anchor.hash())) {
			return stop(REWRITTEN, link.id());
		}
		lastHash = link.hash();
		lastId = link.id();
		verified++;
		return true;
	}

	private boolean stop(Finding finding, long entryId) {
		broken = new AuditChainCheck(verified, head, finding, entryId);
		return false;
	}

	AuditChainCheck result() {
		if (broken != null) {
			return broken;
		}
		if (suspect != null) {
			return new AuditChainCheck(verified, head, suspicion, suspect.id());
		}
		if (head != null && lastId < head.entryId()) {
			return new AuditChainCheck(verified, head, NEWEST_REMOVED, head.entryId());
		}
		if (head != null && !lastHash.equals(head.hash())) {
			// the newest entry was changed and given a hash of its own
			return new AuditChainCheck(verified - 1, head, CHANGED, lastId);
		}
		if (anchor != null && lastId < anchor.entryId()) {
			return new AuditChainCheck(verified, head, REWRITTEN, anchor.entryId());
		}
		return new AuditChainCheck(verified, head, INTACT, lastId);
	}
}
