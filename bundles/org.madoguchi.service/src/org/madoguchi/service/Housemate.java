package org.madoguchi.service;

import java.time.LocalDate;

/** A member of a resident's household as the editor lists it, with the relationship to the head (続柄). */
public record Housemate(long id, String name, LocalDate birthDate, String relationship) {
}
