package org.madoguchi.rules.expiry;

/** "1st", "2nd", "10th", … for the English reasons. */
final class Ordinals {

	static String english(int n) {
		int lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 13) {
			return n + "th";
		}
		return switch (n % 10) {
		case 1 -> n + "st";
		case 2 -> n + "nd";
		case 3 -> n + "rd";
		default -> n + "th";
		};
	}

	private Ordinals() {
	}
}
