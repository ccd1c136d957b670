package org.madoguchi.service;

import java.time.LocalDate;

/** A resident as a list shows it: the Individual Number masked (●●●● ●●●● 9018). */
public record ResidentView(long id, String name, String kana, LocalDate birthDate, String address, String maskedNumber) {
}
