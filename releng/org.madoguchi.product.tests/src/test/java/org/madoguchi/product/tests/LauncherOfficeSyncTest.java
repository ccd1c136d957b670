package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch office from the command line, as processes: its register made from central's
 * backup, registered at central with its key, and its counter's changes written to a change
 * file that the key central registered verifies.
 */
class LauncherOfficeSyncTest {

	private static final String TODAY = "2026-11-20";
	private static final String RESIDENTS = """
			individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,nationality,residence_status,residence_until,postal_code,prefecture,municipality_code,town,address_number,card_serial,card_applied_on,card_issued_on,card_status
			123456789018,山田,太郎,ヤマダ,タロウ,1985-04-12,男,,,,1000001,東京都,131016,千代田,1番1号,,,,
			""";

	/** Residents moved at the office: enough that an import is killed in its middle. */
	private static final int MOVES = 1000;

	@TempDir
	Path folder;

	private Launcher.Run madoguchi(String db, String... command) throws Exception {
		return Launcher.onRegister(folder, TODAY, db, command);
	}

	private static byte[] read(Path file, String name) throws Exception {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.getInputStream(zip.getEntry(name)).readAllBytes();
		}
	}

	@Test
	void anOfficesChangesLeaveInAFileCentralsRegisteredKeyVerifies() throws Exception {
		String central = folder.resolve("central").toString();
		Launcher.registerWith(folder, central, RESIDENTS);
		String backup = folder.resolve("central.zip").toString();
		assertEquals(0, madoguchi(central, "backup", "--out", backup).exitCode());

		String office = folder.resolve("kojimachi").toString();
		Path key = folder.resolve("KOJIMACHI.pub");
		Launcher.Run replica = madoguchi(office, "replica", "create", "--from", backup, "--office", "KOJIMACHI", "--key-out", key.toString());
		assertEquals(0, replica.exitCode(), replica.err());
		Launcher.Run added = madoguchi(central, "office", "add", "KOJIMACHI", "--name", "麹町出張所", "--key", key.toString());
		assertEquals(0, added.exitCode(), added.err());
		String fingerprint = replica.out().substring(replica.out().indexOf("fingerprint ") + "fingerprint ".length()).lines().findFirst().orElseThrow();
		assertTrue(added.out().endsWith("key " + fingerprint + ", ids of block 1\n"), added.out());

		String yamada = madoguchi(office, "search", "ヤマダ").out().split("\t")[0];
		assertEquals(0, madoguchi(office, "card", "apply", "--resident", yamada, "--received", "2026-11-01").exitCode());
		Launcher.Run refused = madoguchi(office, "card", "issue", "1");
		assertEquals(1, refused.exitCode(), "a refused step is no entry");
		Path changes = folder.resolve("KOJIMACHI.mdsync");
		Launcher.Run exported = madoguchi(office, "sync", "export", "--out", changes.toString());
		assertEquals(0, exported.exitCode(), exported.err());
		assertTrue(exported.out().startsWith("Exported entries 1 to 1 of office KOJIMACHI, and "), exported.out());
		assertTrue(exported.out().endsWith(", to " + changes + "\n"), exported.out());
		String audit = new String(read(changes, "audit.jsonl"), StandardCharsets.UTF_8);
		assertTrue(audit.contains("\"operation\":\"make-replica\"") && audit.contains("\"operation\":\"apply\""), audit);

		List<String> entries = new String(read(changes, "entries.jsonl"), StandardCharsets.UTF_8).lines().toList();
		assertEquals(1, entries.size(), entries.toString());
		assertTrue(entries.get(0).contains("\"useCase\":\"card.apply\""), entries.get(0));
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(publicKey(key));
		signature.update(read(changes, "manifest.json"));
		assertTrue(signature.verify(Base64.getDecoder().decode(read(changes, "manifest.sig"))));
	}

	@Test
	void anImportKilledAtCentralAndRunAgainEndsAsOneNeverInterrupted() throws Exception {
		String central = folder.resolve("central").toString();
		assertEquals(0, madoguchi(central, "demo", "--residents", String.valueOf(MOVES), "--seed", "3").exitCode());
		String backup = folder.resolve("central.zip").toString();
		assertEquals(0, madoguchi(central, "backup", "--out", backup).exitCode());
		String office = folder.resolve("kanda").toString();
		Path key = folder.resolve("KANDA.pub");
		assertEquals(0, madoguchi(office, "replica", "create", "--from", backup, "--office", "KANDA", "--key-out", key.toString()).exitCode());
		assertEquals(0, madoguchi(central, "office", "add", "KANDA", "--name", "神田出張所", "--key", key.toString()).exitCode());
		String untouched = folder.resolve("untouched").toString();
		assertEquals(0, madoguchi(untouched, "restore", backup).exitCode(), "central as it was, for an import nothing interrupts");
		assertEquals(0, madoguchi(untouched, "office", "add", "KANDA", "--name", "神田出張所", "--key", key.toString()).exitCode());

		moveEveryone(office);
		Path changes = folder.resolve("KANDA.mdsync");
		assertEquals(0, madoguchi(office, "sync", "export", "--out", changes.toString()).exitCode());

		killMidway(central, changes);

		Launcher.Run again = madoguchi(central, "sync", "import", changes.toString(), "--json");
		assertEquals(0, again.exitCode(), again.err());
		Launcher.Run whole = madoguchi(untouched, "sync", "import", changes.toString(), "--json");
		long entries = Long.parseLong(Launcher.jsonField(whole.out(), "applied"));
		assertTrue(Long.parseLong(Launcher.jsonField(again.out(), "skipped")) > 0, "what the killed import committed stays: " + again.out());
		assertEquals(entries, Long.parseLong(Launcher.jsonField(again.out(), "applied")) + Long.parseLong(Launcher.jsonField(again.out(), "skipped")),
				"every entry once: " + again.out());
		assertEquals("0", Launcher.jsonField(again.out(), "conflicts"));

		assertEquals(exported(untouched, "untouched.csv"), exported(central, "central.csv"), "the same residents and addresses");
		for (String resident : List.of("1", String.valueOf(MOVES / 2), String.valueOf(MOVES))) {
			assertEquals(madoguchi(untouched, "resident", "show", resident).out(), madoguchi(central, "resident", "show", resident).out());
		}
	}

	@Test
	void aReplyKilledAtTheOfficeAndRunAgainEndsAsOneNeverInterrupted() throws Exception {
		String central = folder.resolve("central").toString();
		assertEquals(0, madoguchi(central, "demo", "--residents", String.valueOf(MOVES), "--seed", "3").exitCode());
		String backup = folder.resolve("central.zip").toString();
		assertEquals(0, madoguchi(central, "backup", "--out", backup).exitCode());
		String office = folder.resolve("kanda").toString();
		String untouched = folder.resolve("untouched").toString();
		Path key = folder.resolve("KANDA.pub");
		assertEquals(0, madoguchi(office, "replica", "create", "--from", backup, "--office", "KANDA", "--key-out", key.toString()).exitCode());
		assertEquals(0, madoguchi(untouched, "replica", "create", "--from", backup, "--office", "KANDA", "--key-out",
				folder.resolve("again.pub").toString()).exitCode(), "the office as it was, for a reply nothing interrupts");
		assertEquals(0, madoguchi(central, "office", "add", "KANDA", "--name", "神田出張所", "--key", key.toString()).exitCode());

		moveEveryone(central);
		Path changes = folder.resolve("KANDA.mdsync");
		assertEquals(0, madoguchi(office, "sync", "export", "--out", changes.toString()).exitCode());
		Path reply = folder.resolve("KANDA-reply.mdsync");
		assertEquals(0, madoguchi(central, "sync", "import", changes.toString(), "--reply", reply.toString()).exitCode());

		killMidway(office, reply);
		Launcher.Run again = madoguchi(office, "sync", "import", reply.toString(), "--json");
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(Long.parseLong(Launcher.jsonField(again.out(), "skipped")) > 0, "what the killed import committed stays: " + again.out());
		assertEquals(MOVES, Long.parseLong(Launcher.jsonField(again.out(), "applied")) + Long.parseLong(Launcher.jsonField(again.out(), "skipped")),
				"every entry once: " + again.out());
		assertEquals(0, madoguchi(untouched, "sync", "import", reply.toString()).exitCode());

		String atCentral = exported(central, "central.csv");
		assertEquals(atCentral, exported(office, "office.csv"), "central's moves, every one, at the office");
		assertEquals(atCentral, exported(untouched, "untouched.csv"));
		for (String resident : List.of("1", String.valueOf(MOVES / 2), String.valueOf(MOVES))) {
			assertEquals(madoguchi(untouched, "resident", "show", resident).out(), madoguchi(office, "resident", "show", resident).out());
		}
	}

	/** Every resident of the demo register moved within the city, at {@code db}'s counter. */
	private void moveEveryone(String db) throws Exception {
		Path moves = folder.resolve("moves.json");
		Files.writeString(moves, IntStream.rangeClosed(1, MOVES).mapToObj(resident -> """
				{"kind": "move-within", "resident": %d, "movedOn": "%s", "notifiedOn": "%s", "address": {"postalCode": "101-0044",
				 "prefecture": "東京都", "municipalityCode": "131016", "town": "鍛冶町", "addressNumber": "%d番"}}""".formatted(resident, TODAY, TODAY,
				resident)).collect(Collectors.joining(",\n", "[", "]")));
		assertEquals(0, madoguchi(db, "notify", moves.toString()).exitCode());
	}

	/** Runs {@code sync import file} at {@code db} and kills it (kill -9) once a good part of the entries is in. */
	private void killMidway(String db, Path file) throws Exception {
		Process killed = Launcher.builder(folder, "-J-Dmadoguchi.today=" + TODAY, "--db", db, "sync", "import", file.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		try (BufferedReader progress = new BufferedReader(new InputStreamReader(killed.getErrorStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = progress.readLine()) != null && !line.matches("sync import: entries: [3-9]\\d\\d+ of \\d+")) {
				// kill once a good part of the entries is in
			}
			assertTrue(line != null, "the import was still running");
		}
		killed.destroyForcibly();
		assertTrue(killed.waitFor(30, TimeUnit.SECONDS));
	}

	private String exported(String db, String name) throws Exception {
		Path file = folder.resolve(name);
		assertEquals(0, madoguchi(db, "export", file.toString()).exitCode());
		return Files.readString(file);
	}

	/** The key in a PEM file, read as PEM readers do: what lies between its armor lines (the block line before it is not PEM's). */
	private static PublicKey publicKey(Path pem) throws Exception {
		String text = Files.readString(pem);
		String base64 = text.substring(text.indexOf("-----BEGIN PUBLIC KEY-----") + "-----BEGIN PUBLIC KEY-----".length(),
				text.indexOf("-----END PUBLIC KEY-----")).replaceAll("\\s", "");
		return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
	}
}
