package org.madoguchi.rules.expiry;

import org.madoguchi.rules.RuleSet;

/** The card's and the certificates' expiries, and the rule set that decided them. */
public record ExpiryResult(RuleSet ruleSet, Expiry card, Expiry userCertificate, Expiry signatureCertificate) {
}
