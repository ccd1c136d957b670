package org.madoguchi.rules.expiry;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Problem;
import org.madoguchi.rules.BirthdayTerm;
import org.madoguchi.rules.CardExpiryTerm;
import org.madoguchi.rules.ExpiryTerm;
import org.madoguchi.rules.ResidencePeriodTerm;
import org.madoguchi.rules.RuleSet;
import org.madoguchi.rules.util.RulesSwitch;

/**
 * The date one term gives for one holder, with the reason. A new kind of term is a new class in
 * rules.ecore and one more case here.
 */
final class TermEvaluator extends RulesSwitch<TermEvaluator.Candidate> {

	/** A date a term gives, and why. */
	record Candidate(LocalDate date, ExpiryTerm term, Reason reason) {
	}

	private final RuleSet ruleSet;
	private final ExpiryRequest request;
	private final Birthdays birthdays;
	/** The card's expiry when evaluating a certificate; null for the card itself. */
	private final LocalDate cardExpiry;

	TermEvaluator(RuleSet ruleSet, ExpiryRequest request, LocalDate cardExpiry) {
		this.ruleSet = ruleSet;
		this.request = request;
		this.birthdays = new Birthdays(ruleSet.getLeapDayBirthday());
		this.cardExpiry = cardExpiry;
	}

	@Override
	public Candidate caseBirthdayTerm(BirthdayTerm term) {
		int age = birthdays.ageOn(request.birthDate(), request.issuedOn());
		boolean early = request.renewedInWindow() && term.getEarlyRenewalBirthdays() > 0;
		boolean adult = age >= term.getAdultAge();
		int n = early ? term.getEarlyRenewalBirthdays() : adult ? term.getAdultBirthdays() : term.getMinorBirthdays();
		LocalDate date = birthdays.nthAfter(request.birthDate(), request.issuedOn(), n);

		String english = Ordinals.english(n) + " birthday after the issue date";
		String japanese = "発行日後" + n + "回目の誕生日";
		if (early) {
			english += " (renewed inside the renewal window)";
			japanese += "（有効期限前の更新）";
		} else if (term.getAdultAge() > 0) {
			english += adult ? " (age " + term.getAdultAge() + " or over at issue)" : " (under " + term.getAdultAge() + " at issue)";
			japanese += adult ? "（発行時" + term.getAdultAge() + "歳以上）" : "（発行時" + term.getAdultAge() + "歳未満）";
		}
		if (isLeapDayBirth() && !date.isLeapYear()) {
			english += "; born on 29 February, the birthday falls on " + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " in a common year";
			japanese += "、2月29日生まれは平年では" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
		}
		return new Candidate(date, term, withRuleSet(english, japanese));
	}

	@Override
	public Candidate caseResidencePeriodTerm(ResidencePeriodTerm term) {
		if (request.residenceUntil() == null) {
			throw new InvalidValueException(new Problem(TermEvaluator.class, "expiry.periodMissing", request.status().getLiteral()));
		}
		return new Candidate(request.residenceUntil(), term,
				withRuleSet("end of the period of stay; no expiry notice is mailed", "在留期間の満了日（有効期限通知書は送付されない）"));
	}

	@Override
	public Candidate caseCardExpiryTerm(CardExpiryTerm term) {
		return new Candidate(cardExpiry, term,
				withRuleSet("the card's expiry: a certificate never outlives the card", "カードの有効期限（証明書はカードより長く有効にならない）"));
	}

	private boolean isLeapDayBirth() {
		return request.birthDate().getMonth() == Month.FEBRUARY && request.birthDate().getDayOfMonth() == 29;
	}

	private Reason withRuleSet(String english, String japanese) {
		return new Reason(english + " [" + ruleSet.getId() + "]", japanese + "［" + ruleSet.getId() + "］");
	}
}
