package org.madoguchi.store;

import java.time.Instant;

/**
 * The failed logins in a row of one operator ID (known or not), and until when it is locked
 * (null when it is not).
 */
public record FailedLogins(int inARow, Instant lockedUntil) {
}
