package org.madoguchi.service;

import java.util.function.Supplier;

/**
 * Who wants to work: an operator ID and a way to get the password, asked only when the database
 * needs it (a demo database needs none).
 */
public record Login(String operatorId, Supplier<char[]> password) {

	/** No operator given: enough for a demo database. */
	public static Login none() {
		return new Login(null, () -> new char[0]);
	}
}
