package org.madoguchi.service;

import java.time.LocalDate;

import org.madoguchi.model.Address;
import org.madoguchi.model.Resident;

/**
 * A move-in notification (転入届) of a person new to the register.
 *
 * @param person the person's own fields (names, birth, sex, nationality, status, number); no address
 * @param address the new address, in our municipality
 * @param previousAddress the address moved out of, from the move-out certificate (転出証明書) or the card
 * @param plannedMoveOut the planned move-out day the move-out certificate names; null when none was brought
 * @param householdId an existing household to join with {@code relationship}; null for a new one with the person as 世帯主
 * @param card the card the person brings, or null
 */
public record MoveIn(Resident person, Address address, Address previousAddress, LocalDate plannedMoveOut, LocalDate movedOn,
		LocalDate notifiedOn, String householdId, String relationship, BroughtCard card) {
}
