package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report access-log} and {@code office access-log-rules} as an office runs them: a clerk's
 * searches on 2025-05-06, a substitute holiday (振替休日), reviewed by the auditor.
 */
class LauncherAccessLogTest {

	private static final String HOLIDAY = "-J-Dmadoguchi.today=2025-05-06";

	@TempDir
	Path folder;

	private Launcher.Run as(String operator, String password, String... command) throws IOException, InterruptedException {
		List<String> args = new ArrayList<>(List.of(HOLIDAY, "--db", folder.resolve("office").toString(), "--operator", operator));
		args.addAll(List.of(command));
		return Launcher.run(folder, Map.of("MADOGUCHI_PASSWORD", password, "MADOGUCHI_NEW_PASSWORD", "a-new-password-1"),
				args.toArray(String[]::new));
	}

	@Test
	void theAuditorsAccessLogFlagsTheHolidaysWorkAndAClerkIsRefused() throws Exception {
		assertEquals(0, as("sato", "supervisor-pass", "init", "--secure").exitCode());
		assertEquals(0, as("sato", "supervisor-pass", "operator", "add", "suzuki", "--role", "clerk").exitCode());
		assertEquals(0, as("sato", "supervisor-pass", "operator", "add", "tanaka", "--role", "auditor").exitCode());

		Launcher.Run rules = as("sato", "supervisor-pass", "office", "access-log-rules", "--hours", "08:30-17:15", "--searches", "1");
		assertEquals(0, rules.exitCode(), rules.err());
		assertEquals("Office hours 08:30-17:15; the access log flags work outside them, on weekends and holidays, more than 50 number views"
				+ " by one operator in a day and more than 1 searches in 10 minutes\n", rules.out());
		assertEquals(64, as("sato", "supervisor-pass", "office", "access-log-rules", "--hours", "19:00-08:00").exitCode());
		Launcher.Run clerkRules = as("suzuki", "a-new-password-1", "office", "access-log-rules", "--searches", "5");
		assertEquals(1, clerkRules.exitCode());
		assertEquals("madoguchi: The operator suzuki (clerk) may not change the access-log rules.\n", clerkRules.err());

		assertEquals(0, as("suzuki", "a-new-password-1", "search", "ヤマダ").exitCode());
		assertEquals(0, as("suzuki", "a-new-password-1", "search", "1234 5678 9018").exitCode());

		Path out = folder.resolve("access-log.xlsx");
		Launcher.Run refused = as("suzuki", "a-new-password-1", "report", "access-log", "--from", "2025-05-01", "--until", "2025-05-31",
				"--out", out.toString());
		assertEquals(1, refused.exitCode());
		assertEquals("madoguchi: The operator suzuki (clerk) may not make the access log.\n", refused.err());
		assertTrue(!Files.exists(out), "a refused report writes nothing");

		Launcher.Run report = as("tanaka", "a-new-password-1", "report", "access-log", "--from", "R7.5.1", "--until", "2025-05-31",
				"--out", out.toString());
		assertEquals(0, report.exitCode(), report.err());
		assertTrue(report.out().matches("Wrote \\d+ entries \\(\\d+ to review\\) to .*access-log.xlsx\n"), report.out());
		String sheets = text(out);
		assertTrue(sheets.contains("祝日・休日（振替休日）"), "every entry of the day is flagged: a substitute holiday");
		assertTrue(sheets.contains("10 分間に 2 件の検索（上限 1 件）"), "the two searches at once are more than one in ten minutes");
		assertTrue(sheets.contains("●●●● ●●●● 9018") && !sheets.contains("1234 5678 9018"), "a number searched for is kept masked");

		assertEquals(64, as("tanaka", "a-new-password-1", "report", "access-log", "--from", "2025-05-31", "--until", "2025-05-01", "--out",
				out.toString()).exitCode());
		Launcher.Run device = as("tanaka", "a-new-password-1", "report", "access-log", "--from", "2025-05-01", "--until", "2025-05-31",
				"--out", "/dev/full");
		assertEquals(1, device.exitCode());
		assertTrue(device.err().startsWith("madoguchi: /dev/full is a device"), device.err());
	}

	/** The text of every part of the workbook (its sheets are written with their strings inline). */
	private static String text(Path workbook) throws IOException {
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream part = zip.getInputStream(entry)) {
					text.append(new String(part.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return text.toString();
	}
}
