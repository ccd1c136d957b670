package org.madoguchi.rules.expiry;

import java.time.LocalDate;
import java.util.Arrays;

import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Problem;
import org.madoguchi.rules.DocumentRule;
import org.madoguchi.rules.ExpiryTerm;
import org.madoguchi.rules.RuleSet;
import org.madoguchi.rules.StayCategory;

/**
 * When a My Number Card and its certificates expire, and why. The rule set is
 * chosen by the day J-LIS received the application; within it, of the terms that apply to the
 * holder's stay category, the earliest date decides.
 */
public final class ExpiryCalculator {

	private final RuleSetCatalogue catalogue;

	public ExpiryCalculator(RuleSetCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** A calculator over the rule sets shipped with Madoguchi. */
	public static ExpiryCalculator bundled() {
		return new ExpiryCalculator(RuleSetCatalogue.bundled());
	}

	/**
	 * @throws InvalidValueException when the request is impossible (issued before birth) or
	 *         lacks what the rules need (the end of a period of stay)
	 */
	public ExpiryResult calculate(ExpiryRequest request) {
		if (request.issuedOn().isBefore(request.birthDate())) {
			throw problem("expiry.issuedBeforeBirth", request.issuedOn(), request.birthDate());
		}
		if (request.issuedOn().isBefore(request.receivedOn())) {
			throw problem("expiry.issuedBeforeReceipt", request.issuedOn(), request.receivedOn());
		}
		RuleSet ruleSet = catalogue.forReceipt(request.receivedOn());
		StayCategory category = categoryOf(ruleSet, request.status());

		Expiry card = expiry(ruleSet, ruleSet.getCard(), category, new TermEvaluator(ruleSet, request, null));
		TermEvaluator certificateTerms = new TermEvaluator(ruleSet, request, card.date());
		Expiry user = expiry(ruleSet, ruleSet.getUserCertificate(), category, certificateTerms);
		return new ExpiryResult(ruleSet, card, user, signature(ruleSet, request, category, certificateTerms));
	}

	/**
	 * The certificates issued anew on a card that keeps its expiry (電子証明書の更新): from the renewal
	 * day {@code renewal.issuedOn()}, by the rule set of that day, never past {@code cardExpiresOn}.
	 * Renewed inside the renewal window of {@code previousExpiry} (the certificate replaced, null
	 * when there was none or it was revoked), they run to the later birthday the rules give for it.
	 *
	 * @return the card's expiry as it stands, and the new certificates
	 */
	public ExpiryResult renewCertificates(ExpiryRequest renewal, LocalDate cardExpiresOn, LocalDate previousExpiry) {
		RuleSet ruleSet = catalogue.forReceipt(renewal.receivedOn());
		if (!renewal.issuedOn().isBefore(cardExpiresOn)) {
			throw problem("expiry.renewalAfterCard", renewal.issuedOn(), cardExpiresOn);
		}
		boolean inWindow = previousExpiry != null
				&& !renewal.issuedOn().isBefore(previousExpiry.minusMonths(ruleSet.getRenewalWindowMonths()));
		ExpiryRequest request = renewal.renewedInWindow(inWindow);
		StayCategory category = categoryOf(ruleSet, request.status());
		TermEvaluator terms = new TermEvaluator(ruleSet, request, cardExpiresOn);
		Expiry card = new Expiry(cardExpiresOn, null, new Reason("the card keeps its expiry", "カードの有効期限は変わらない"), false,
				cardExpiresOn.minusMonths(ruleSet.getRenewalWindowMonths()));
		return new ExpiryResult(ruleSet, card, expiry(ruleSet, ruleSet.getUserCertificate(), category, terms),
				signature(ruleSet, request, category, terms));
	}

	/** No signature certificate is issued to a holder under the rule set's minimum age at issue. */
	private Expiry signature(RuleSet ruleSet, ExpiryRequest request, StayCategory category, TermEvaluator terms) {
		return new Birthdays(ruleSet.getLeapDayBirthday()).ageOn(request.birthDate(), request.issuedOn()) < ruleSet
				.getSignatureCertificateMinimumAge() ? notIssued(ruleSet) : expiry(ruleSet, ruleSet.getSignatureCertificate(), category, terms);
	}

	private static Expiry expiry(RuleSet ruleSet, DocumentRule rule, StayCategory category, TermEvaluator evaluator) {
		TermEvaluator.Candidate earliest = null;
		for (ExpiryTerm term : rule.getTerms()) {
			if (term.getCategories().isEmpty() || term.getCategories().contains(category)) {
				TermEvaluator.Candidate candidate = evaluator.doSwitch(term);
				if (earliest == null || candidate.date().isBefore(earliest.date())) {
					earliest = candidate;
				}
			}
		}
		if (earliest == null) {
			throw new IllegalStateException("Rule set " + ruleSet.getId() + " has no term for " + category.getName());
		}
		return new Expiry(earliest.date(), earliest.term(), earliest.reason(), earliest.term().isNoticeSent(),
				earliest.date().minusMonths(ruleSet.getRenewalWindowMonths()));
	}

	private static Expiry notIssued(RuleSet ruleSet) {
		int age = ruleSet.getSignatureCertificateMinimumAge();
		return new Expiry(null, null, new Reason("not issued: under " + age + " at issue [" + ruleSet.getId() + "]",
				"発行されない（発行時" + age + "歳未満）［" + ruleSet.getId() + "］"), false, null);
	}

	private static StayCategory categoryOf(RuleSet ruleSet, ResidenceStatus status) {
		return ruleSet.getStayCategories().stream().filter(category -> category.getStatuses().contains(status))
				.findFirst().orElseThrow(() -> problem("expiry.statusNotCovered", ruleSet.getId(), status.getLiteral()));
	}

	private static InvalidValueException problem(String key, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new InvalidValueException(new Problem(ExpiryCalculator.class, key, texts));
	}
}
