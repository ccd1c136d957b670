package org.madoguchi.store;

/**
 * Someone who works with the register, with a salted password hash (null for the built-in batch
 * operator); {@code role} is the name of the service's role, stored as given.
 */
public record Operator(String id, String name, String role, String passwordHash) {
}
