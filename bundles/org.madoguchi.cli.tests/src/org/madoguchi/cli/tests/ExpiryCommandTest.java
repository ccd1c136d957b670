package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.madoguchi.cli.internal.ExitCodes;
import org.madoguchi.service.RegisterClock;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ExpiryCommandTest {

	@Test
	void textNamesEachDateAndWhy() {
		CliRun run = CliRun.of("expiry", "--birth", "1980-10-10", "--issued", "2020-05-15");
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		assertTrue(run.out().startsWith(
				"card: 2029-10-10 — 10th birthday after the issue date (age 20 or over at issue) [jp-card-2016]\n"
						+ "userCertificate: 2024-10-10 — 5th birthday after the issue date [jp-card-2016]\n"
						+ "signatureCertificate: 2024-10-10 — 5th birthday after the issue date [jp-card-2016]\n"
						+ "renewalFrom: 2029-07-10\n"
						+ "ruleSet: jp-card-2016 — "), run.out());
	}

	@Test
	void jsonHasTheDocumentedKeys() {
		JsonObject json = json("expiry", "--birth", "2004-06-01", "--issued", "2022-06-01", "--applied", "2022-03-31", "--json");
		assertEquals("2027-06-01", json.get("card").getAsString());
		assertEquals("2027-06-01", json.get("userCertificate").getAsString());
		assertEquals("2027-06-01", json.get("signatureCertificate").getAsString());
		assertTrue(json.get("rule").getAsString().contains("jp-card-2016"), json.toString());
	}

	@Test
	void appliedDefaultsToTheIssueDate() {
		JsonObject json = json("expiry", "--birth", "2004-06-01", "--issued", "2022-06-01", "--json");
		assertEquals("2032-06-01", json.get("card").getAsString());
	}

	@Test
	void signatureCertificateOfAChildIsNull() {
		JsonObject json = json("expiry", "--birth", "2010-01-01", "--issued", "2024-01-01", "--json");
		assertTrue(json.get("signatureCertificate").isJsonNull(), json.toString());
		assertEquals("2029-01-01", json.get("userCertificate").getAsString());
	}

	@Test
	void foreignResidentWithPeriodOfStay() {
		JsonObject json = json("expiry", "--birth", "1990-01-01", "--issued", "2022-06-01", "--status", "engineer",
				"--residence-until", "2025-03-31", "--json");
		assertEquals("2025-03-31", json.get("card").getAsString());
		assertEquals(false, json.get("noticeSent").getAsBoolean());
	}

	@Test
	void eraDatesAreAccepted() {
		JsonObject json = json("expiry", "--birth", "S55.10.10", "--issued", "令和2年5月15日", "--json");
		assertEquals("2029-10-10", json.get("card").getAsString());
	}

	@Test
	void missingPeriodOfStayFailsWithTheReason() {
		CliRun run = CliRun.of("expiry", "--birth", "2000-01-01", "--issued", "2023-01-01", "--status", "student");
		assertEquals(ExitCodes.FAILURE, run.exitCode());
		assertEquals("madoguchi: The residence status student needs the end of the period of stay (--residence-until).\n", run.err());
	}

	@Test
	void impossibleDateOrUnknownStatusIsAUsageError() {
		CliRun badDate = CliRun.of("expiry", "--birth", "平成31年5月1日", "--issued", "2023-01-01");
		assertEquals(ExitCodes.USAGE, badDate.exitCode());
		assertTrue(badDate.err().contains("does not exist"), badDate.err());
		CliRun badStatus = CliRun.of("expiry", "--birth", "2000-01-01", "--issued", "2023-01-01", "--status", "tourist");
		assertEquals(ExitCodes.USAGE, badStatus.exitCode());
		assertTrue(badStatus.err().contains("\"tourist\" is not a residence status"), badStatus.err());
	}

	@Test
	void anIssueDateMoreThanAYearAfterTheRegistersTodayIsAUsageError() {
		assertEquals("2026-11-20", System.getProperty(RegisterClock.PROPERTY), "the tests' register stands on the day the pom gives");
		assertEquals(ExitCodes.OK, CliRun.of("expiry", "--birth", "1980-10-10", "--issued", "2027-11-20").exitCode());
		CliRun late = CliRun.of("expiry", "--birth", "1980-10-10", "--issued", "2027-11-21");
		assertEquals(ExitCodes.USAGE, late.exitCode());
		assertTrue(late.err().startsWith("madoguchi: Invalid value for option '--issued': 2027-11-21 is more than a year ahead (at most 2027-11-20)"),
				late.err());
	}

	private static JsonObject json(String... args) {
		CliRun run = CliRun.of(args);
		assertEquals(ExitCodes.OK, run.exitCode(), run.err());
		return JsonParser.parseString(run.out()).getAsJsonObject();
	}
}
