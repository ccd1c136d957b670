package org.madoguchi.service;

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

	private Expiries() {
	}
}
