package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.ChangeFiles.Summary;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.internal.OfficeKeys;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A branch office's change file holds its journal entries in order and its audit entries since the
 * last file, signed with the key central registered; exported again, the same journal entries.
 */
class ChangeFilesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Register open(String name) {
		return Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve(name).toString()), Login.none(), RegisterClock.fixedAt(TODAY));
	}

	private static byte[] read(Path file, String name) throws Exception {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getInputStream(zip.getEntry(name)).readAllBytes();
		}
	}

	private static List<String> operations(Path file) throws Exception {
		return new String(read(file, "audit.jsonl"), StandardCharsets.UTF_8).lines()
				.map(line -> JsonParser.parseString(line).getAsJsonObject().get("operation").getAsString()).toList();
	}

	@Test
	void theOfficesEntriesTravelSignedAndAgainTheSame() throws Exception {
		Path backup = folder.resolve("central.zip");
		Path publicKey = folder.resolve("KANDA.pub");
		try (Register central = open("central")) {
			central.backups().backup(backup);
			assertEquals("sync.notOffice", assertThrows(ServiceException.class, () -> central.sync().export(folder.resolve("central.mdsync")))
					.problem().key(), "central's changes travel in its replies, not in change files");
		}
		Register.createReplica(backup, DatabaseLocation.of(folder.resolve("kanda").toString()), Login.none(), "KANDA", null, publicKey);
		Path first = folder.resolve("first.mdsync");
		Path second = folder.resolve("second.mdsync");
		try (Register office = open("kanda")) {
			long sato = office.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			office.cards().apply(sato, LocalDate.of(2026, 11, 2), ApplicationChannel.COUNTER);
			assertEquals(new Summary("KANDA", 1, 2, 2, 3), office.sync().export(first));
			assertEquals(new Summary("KANDA", 1, 2, 2, 1), office.sync().export(second), "the audit entries since the first file: its export");
		}
		byte[] entries = read(first, "entries.jsonl");
		assertArrayEquals(entries, read(second, "entries.jsonl"), "exporting twice gives the same entries");
		List<String> lines = new String(entries, StandardCharsets.UTF_8).lines().toList();
		assertEquals(List.of("resident.register", "card.apply"),
				lines.stream().map(line -> JsonParser.parseString(line).getAsJsonObject().get("useCase").getAsString()).toList());
		JsonObject apply = JsonParser.parseString(lines.get(1)).getAsJsonObject();
		assertEquals(2, apply.get("sequence").getAsLong());
		assertEquals("COUNTER", apply.getAsJsonObject("input").get("channel").getAsString());
		assertEquals("[\"card/1000000000000\"]", apply.get("created").toString(), "the office's first card, by an id of its block");

		assertEquals(List.of("make-replica", "register", "apply"), operations(first), "the office's own audit entries, from its making on");
		assertEquals(List.of("sync-export"), operations(second));

		byte[] manifestBytes = read(first, "manifest.json");
		JsonObject manifest = JsonParser.parseString(new String(manifestBytes, StandardCharsets.UTF_8)).getAsJsonObject();
		assertEquals("madoguchi-sync-1", manifest.get("format").getAsString());
		assertEquals("KANDA", manifest.get("office").getAsString());
		assertEquals(12, manifest.get("schemaVersion").getAsInt());
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries)), manifest.get("entriesSha256").getAsString(),
				"the manifest covers every byte of the entries");
		assertTrue(manifest.has("auditHeadSha256"));
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read(first, "audit.jsonl"))),
				manifest.get("auditSha256").getAsString());
		PublicKey key = OfficeKeys.fromPem(Files.readString(publicKey)).orElseThrow();
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(key);
		signature.update(manifestBytes);
		assertTrue(signature.verify(Base64.getDecoder().decode(read(first, "manifest.sig"))), "signed with the key central registered");
	}
}
