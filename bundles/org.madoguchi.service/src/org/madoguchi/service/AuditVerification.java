package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Locale;

import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.Problem;
import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;

/**
 * What walking the audit chain found, for the command line and the workbench.
 *
 * @param finding {@code intact}, {@code changed}, {@code inserted}, {@code removed}, {@code newest-removed} or {@code rewritten}
 * @param entryId the entry the finding names (the newest entry when intact; 0 for an empty trail)
 * @param verified how many entries hold, oldest first, before the first break
 * @param newestEntry the newest entry the register's head names, or null for an empty trail
 * @param newestHash that entry's hash (the anchor a backup records), or null
 * @param message the finding in a sentence, in English and Japanese
 */
public record AuditVerification(String finding, long entryId, long verified, Long newestEntry, String newestHash, Problem message) {

	public boolean intact() {
		return "intact".equals(finding);
	}

	/** The finding as a word inside another message (a refused restore). */
	Label label() {
		return new Label("chain." + finding);
	}

	/**
	 * @param anchor the head recorded in {@code against}, or null
	 * @param against the backup the anchor came from, or null
	 */
	static AuditVerification of(AuditChainCheck check, AuditAnchor anchor, Path against) {
		String finding = check.finding().name().toLowerCase(Locale.ROOT).replace('_', '-');
		AuditAnchor head = check.head();
		return new AuditVerification(finding, check.entryId(), check.verified(), head == null ? null : head.entryId(),
				head == null ? null : head.hash(), message(check, anchor, against));
	}

	private static Problem message(AuditChainCheck check, AuditAnchor anchor, Path against) {
		if (!check.intact()) {
			String key = "chain." + check.finding().name().toLowerCase(Locale.ROOT).replace('_', '-');
			return new Problem(ServiceException.class, key, check.entryId(), check.verified(), String.valueOf(against));
		}
		if (anchor != null) {
			return new Problem(ServiceException.class, "chain.intactAgainst", check.verified(), anchor.entryId(), against.toString());
		}
		if (check.verified() == 0) {
			return new Problem(ServiceException.class, "chain.empty");
		}
		return new Problem(ServiceException.class, "chain.intact", check.verified(), check.entryId());
	}
}
