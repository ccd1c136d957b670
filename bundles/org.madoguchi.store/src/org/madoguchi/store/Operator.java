package org.madoguchi.store;

/** Someone who works with the register, with a salted password hash (null for the built-in batch operator). */
public record Operator(String id, String name, Role role, String passwordHash) {
}
