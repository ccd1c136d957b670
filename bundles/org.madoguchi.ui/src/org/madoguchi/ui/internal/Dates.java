package org.madoguchi.ui.internal;

import java.time.LocalDate;

import org.madoguchi.model.values.JapaneseDates;

/** Dates as the counter writes them: ISO with the Japanese era beside it. */
public final class Dates {

	public static String show(LocalDate date) {
		if (date == null) {
			return "";
		}
		return date + " (" + JapaneseDates.eraShort(date) + ")";
	}

	private Dates() {
	}
}
