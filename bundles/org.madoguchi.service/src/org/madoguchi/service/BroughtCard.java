package org.madoguchi.service;

import java.time.LocalDate;

import org.madoguchi.model.CardStatus;

/**
 * The My Number Card a person moving in brings: its number, the day J-LIS produced it, the day
 * J-LIS received its application (it chooses the rule set), and its status (issued unless said).
 */
public record BroughtCard(String serial, LocalDate issuedOn, LocalDate appliedOn, CardStatus status) {
}
