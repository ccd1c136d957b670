package org.madoguchi.rules.expiry;

import java.time.LocalDate;

import org.madoguchi.rules.ExpiryTerm;

/**
 * The expiry of one document (the card or a certificate) and why.
 *
 * @param date the last day of validity, or null when the document is not issued
 * @param decidedBy the term that gave the date (null when not issued)
 * @param reason the explanation in English and Japanese
 * @param noticeSent whether J-LIS mails an expiry notice for this date
 * @param renewalFrom the first day renewal is possible (null when not issued)
 */
public record Expiry(LocalDate date, ExpiryTerm decidedBy, Reason reason, boolean noticeSent, LocalDate renewalFrom) {

	public boolean isIssued() {
		return date != null;
	}
}
