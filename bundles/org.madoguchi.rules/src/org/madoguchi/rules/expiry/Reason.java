package org.madoguchi.rules.expiry;

/** Why a date is what it is, for the clerk (Japanese) and the batch log (English). */
public record Reason(String english, String japanese) {
}
