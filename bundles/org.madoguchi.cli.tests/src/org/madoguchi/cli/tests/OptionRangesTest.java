package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.madoguchi.cli.internal.ExitCodes;

/**
 * Every number and date a command takes has a range; a value outside it is a usage error that
 * names the option (or the parameter, as its help shows it) and the range, before the register is
 * touched.
 */
class OptionRangesTest {

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"search x --offset -5                                   | --offset      | 0 or more",
			"search x --limit -1                                    | --limit       | between 1 and 10,000",
			"search x --limit 0                                     | --limit       | between 1 and 10,000",
			"search x --limit 10001                                 | --limit       | between 1 and 10,000",
			"audit --limit -1                                       | --limit       | between 1 and 1,000,000",
			"audit --resident 0                                     | --resident    | 1 or more",
			"resident show 0                                        | ID            | 1 or more",
			"audit --since 1492-10-12                               | --since       | not between the years 1868 and 2200",
			"report expiring --within -5 --out r.xlsx               | --within      | between 1 and 5,000",
			"report foreign-residence --within 0 --out r.xlsx       | --within      | between 1 and 5,000",
			"report renewals-due --as-of 9999-12-31 --out r.xlsx    | --as-of       | not between the years 1868 and 2200",
			"report expiring --within 30 --municipality 131017 --out r.xlsx | --municipality | check digit",
			"report expiring --within 30 --municipality 100030 --out r.xlsx | --municipality | not on the list of local government codes",
			"demo --residents -1                                    | --residents   | between 0 and 100,000,000",
			"office idle-lock 241                                   | MINUTES       | between 0 and 240",
			"print cards --ids 7,-1 --out c.pdf                     | --ids         | 1 or more",
			"print cards --batch 2201-01-01 --out c.pdf             | --batch       | not between the years 1868 and 2200",
			"bench --residents -1                                   | --residents   | between 100 and 10,000,000",
			"bench --only imports                                   | --only        | not one of import, search, report, print, sync, changes, audit, start",
			"expiry --birth 1980-10-10 --issued 9999-12-31          | --issued      | not between the years 1868 and 2200",
			"expiry --birth 1980-10-10 --issued 2150-01-01          | --issued      | more than a year ahead",
			"expiry --birth 1980-10-10 --issued 2020-05-15 --applied 2150-01-01 | --applied | more than a year ahead",
			"expiry --birth 0001-01-01 --issued 2020-05-15          | --birth       | not between the years 1868 and 2200" })
	void aValueOutOfRangeIsAUsageErrorNamingTheOptionAndTheRange(String line, String option, String range) {
		Path db = folder.resolve("db");
		List<String> args = new ArrayList<>(List.of("--db", db.toString()));
		for (String word : line.strip().split(" +")) {
			args.add(word.endsWith(".xlsx") || word.endsWith(".pdf") ? folder.resolve(word).toString() : word);
		}
		CliRun run = CliRun.of(args.toArray(String[]::new));
		assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
		String named = option.startsWith("-") ? "option '" + option + "'" : option;
		assertTrue(run.err().startsWith("madoguchi: Invalid value for " + named + ": "), run.err());
		assertTrue(run.err().contains(range), run.err());
		assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
		assertEquals("", run.out());
		assertFalse(Files.exists(db), "the register is not touched");
	}
}
