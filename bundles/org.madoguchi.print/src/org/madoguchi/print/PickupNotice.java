package org.madoguchi.print;

import java.time.LocalDate;

/**
 * What one pickup notice (交付通知書) says: to whom it goes and where the card waits.
 *
 * @param residentId the resident the letter is about (checked against the request)
 * @param noticeNumber ten digits the resident brings with the letter
 * @param postalCode 7 digits
 * @param address the address from the prefecture on
 * @param name the resident's name as the card shows it
 * @param office the office that hands the card over
 * @param window the counter to come to (市民課 3番窓口), or null
 * @param deadline the last day the card waits
 */
public record PickupNotice(long residentId, String noticeNumber, String postalCode, String address, String name, String office,
		String window, LocalDate deadline) {
}
