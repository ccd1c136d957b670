package org.madoguchi.store;

import java.time.YearMonth;

/** How many held cards and valid certificates of held cards expire in one month (the workbench's dashboard). */
public record MonthlyExpiries(YearMonth month, long cards, long certificates) {
}
