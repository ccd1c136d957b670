package org.madoguchi.store;

import java.time.LocalDate;

/** The live certificates of a card revoked on a day, for a reason. */
public record Revocation(long cardId, LocalDate on, String reason) {
}
