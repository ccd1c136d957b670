package org.madoguchi.store;

/** An operator as the register lists them: disabled ones too, who can no longer log in. */
public record OperatorAccount(Operator operator, boolean active) {
}
