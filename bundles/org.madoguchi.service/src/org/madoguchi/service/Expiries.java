package org.madoguchi.service;

import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;

/**
 * The expiry question a clerk or a batch operator asks without a resident record (the
 * {@code expiry} command, Cards > Expiry calculator): the same rules the register's use cases
 * apply, with no database needed.
 */
public final class Expiries {

	/**
	 * @throws org.madoguchi.model.values.InvalidValueException when the facts are impossible or
	 *         lack what the rules need (the end of a period of stay)
	 */
	public static ExpiryResult of(ExpiryRequest request) {
		return ExpiryCalculator.bundled().calculate(request);
	}

	/**
	 * The expiries of a produced card and why, as the rules give them for its holder today (the
	 * resident editor shows the reasons beside the stored dates); null for a card not produced yet.
	 */
	public static ExpiryResult ofCard(Resident holder, MyNumberCard card) {
		if (card.getIssuedOn() == null) {
			return null;
		}
		return new CardExpiries(ExpiryCalculator.bundled()).of(holder, card.getIssuedOn(),
				card.getApplication() == null ? null : card.getApplication().getReceivedOn());
	}

	private Expiries() {
	}
}
