package org.madoguchi.service;

import java.time.YearMonth;

/** How many held cards and valid certificates of held cards expire in one month (the expiry dashboard). */
public record MonthlyExpiries(YearMonth month, long cards, long certificates) {
}
