package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.madoguchi.cli.internal.ExitCodes;

class NumberCheckCommandTest {

	@Test
	void validNumbersPrintValidAndExitZero() {
		CliRun run = CliRun.of("number", "check", "123456789018", "1234-5678-9018", "１２３４ ５６７８ ９０１８");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertEquals("123456789018 valid\n1234-5678-9018 valid\n１２３４ ５６７８ ９０１８ valid\n", run.out());
	}

	@Test
	void anInvalidNumberGivesTheReasonAndExitOne() {
		CliRun run = CliRun.of("number", "check", "123456789018", "123456789010", "12345");
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		String[] lines = run.out().split("\n");
		assertEquals("123456789018 valid", lines[0]);
		assertEquals("123456789010 invalid: Wrong check digit: the last digit is 0, but the check digit of the first 11 digits is 8.",
				lines[1]);
		assertEquals("12345 invalid: The Individual Number must have 12 digits, not 5.", lines[2]);
	}

	@Test
	void noNumberIsAUsageError() {
		assertEquals(ExitCodes.USAGE, CliRun.of("number", "check").exitCode());
		assertEquals(ExitCodes.USAGE, CliRun.of("number").exitCode());
	}

	@Test
	void lettersAreNamed() {
		CliRun run = CliRun.of("number", "check", "12345678901X");
		assertTrue(run.out().startsWith("12345678901X invalid: The Individual Number contains \"X\""), run.out());
	}
}
