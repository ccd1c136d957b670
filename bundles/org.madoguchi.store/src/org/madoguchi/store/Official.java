package org.madoguchi.store;

/** A civil servant as stored: who they are in the register, and where they work. */
public record Official(String officialId, long residentId, Long cardId, String ministry, String bureau, String position) {
}
