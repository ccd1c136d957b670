package org.madoguchi.store;

import java.time.LocalDate;

/** Why and since when a record is a removed record (除票): {@code reason} is the change kind that removed it. */
public record Removal(LocalDate on, String reason) {
}
