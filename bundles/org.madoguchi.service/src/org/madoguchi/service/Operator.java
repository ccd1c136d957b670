package org.madoguchi.service;

/** Someone who works with the register, as the front ends show them (their password stays in the service). */
public record Operator(String id, String name, Role role) {
}
