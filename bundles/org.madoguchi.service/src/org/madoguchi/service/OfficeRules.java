package org.madoguchi.service;

import java.util.Optional;

/**
 * The rules a supervisor sets for the whole office in one go: the municipality whose register this
 * is (empty until set), the rules against guessing passwords and what the access log flags.
 */
public record OfficeRules(Optional<String> municipality, LoginRules login, AccessLogRules accessLog) {
}
