package org.madoguchi.service;

import org.madoguchi.store.Settings;

/**
 * The office's rules against guessing passwords: so many failed logins in a row lock an operator
 * ID for so many minutes, and new passwords have a minimum length. Kept in the register, a
 * supervisor's to change.
 */
public record LoginRules(int attempts, int lockMinutes, int minimumPassword) {

	public static final LoginRules DEFAULT = new LoginRules(5, 15, 12);
	/** The longest minimum a supervisor may set; the shortest is the default, which nobody can weaken. */
	public static final int MAX_MINIMUM_PASSWORD = 128;
	public static final int MAX_ATTEMPTS = 100;
	public static final int MAX_LOCK_MINUTES = 1_440;

	static final String ATTEMPTS = "login.attempts";
	static final String LOCK_MINUTES = "login.lockMinutes";
	static final String MINIMUM_PASSWORD = "password.minimumLength";

	/** The rules a register holds, the defaults where a supervisor chose none. */
	static LoginRules of(Settings settings) {
		return new LoginRules(number(settings, ATTEMPTS, DEFAULT.attempts), number(settings, LOCK_MINUTES, DEFAULT.lockMinutes),
				number(settings, MINIMUM_PASSWORD, DEFAULT.minimumPassword));
	}

	private static int number(Settings settings, String name, int fallback) {
		return settings.get(name).map(Integer::parseInt).orElse(fallback);
	}

	/** Refuses rules outside their ranges, naming the range. */
	void check() {
		if (attempts < 1 || attempts > MAX_ATTEMPTS || lockMinutes < 1 || lockMinutes > MAX_LOCK_MINUTES
				|| minimumPassword < DEFAULT.minimumPassword || minimumPassword > MAX_MINIMUM_PASSWORD) {
			throw ServiceException.of("settings.loginRules", MAX_ATTEMPTS, MAX_LOCK_MINUTES, DEFAULT.minimumPassword, MAX_MINIMUM_PASSWORD);
		}
	}

	/** Refuses a new password shorter than the minimum. */
	void checkNewPassword(char[] password) {
		if (password.length < minimumPassword) {
			throw ServiceException.of("password.short", minimumPassword);
		}
	}
}
