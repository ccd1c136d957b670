package org.madoguchi.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.cli.internal.ExitCodes;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A branch office's register is made from central's backup, central registers the office's key
 * (a taken code is refused), and the office writes its change file (central cannot).
 */
class BranchOfficeCommandsTest {

	@TempDir
	Path folder;

	private String central;
	private String backup;

	/** A central register, and its backup that replicas are made from. */
	@BeforeEach
	void centralAndItsBackup() {
		central = folder.resolve("central").toString();
		backup = folder.resolve("central.zip").toString();
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "init").exitCode());
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "backup", "--out", backup).exitCode());
	}

	@Test
	void aReplicaWritesItsKeyCentralAddsTheOfficeAndTheOfficeExportsItsChanges() throws Exception {
		Path key = folder.resolve("KOJIMACHI.pub");
		String office = folder.resolve("kojimachi").toString();

		CliRun replica = CliRun.of("--db", office, "replica", "create", "--from", backup, "--office", "kojimachi", "--key-out", key.toString());
		assertEquals(ExitCodes.OK, replica.exitCode(), replica.err());
		assertTrue(replica.out().startsWith("Office KOJIMACHI's register made at " + office + " from " + backup + "\n"), replica.out());
		assertTrue(replica.out().endsWith("\nIts new records get the ids of block 1, from 1000000000000\n"), replica.out());
		assertTrue(Files.readString(key).startsWith("Id-Block: 1\n-----BEGIN PUBLIC KEY-----"));
		String fingerprint = replica.out().substring(replica.out().indexOf("fingerprint ") + "fingerprint ".length()).lines().findFirst().orElseThrow();

		CliRun added = CliRun.of("--db", central, "office", "add", "KOJIMACHI", "--name", "麹町出張所", "--key", key.toString());
		assertEquals(ExitCodes.OK, added.exitCode(), added.err());
		assertEquals("Office KOJIMACHI (麹町出張所) added, key " + fingerprint + ", ids of block 1\n", added.out(), "the fingerprint the office read out");
		JsonArray offices = JsonParser.parseString(CliRun.of("--db", central, "office", "list", "--json").out()).getAsJsonArray();
		JsonObject listed = offices.get(0).getAsJsonObject();
		assertEquals(1, offices.size());
		assertEquals("KOJIMACHI", listed.get("code").getAsString());
		assertEquals(fingerprint, listed.get("fingerprint").getAsString());
		assertEquals(1, listed.get("idBlock").getAsLong());

		CliRun shown = CliRun.of("--db", office, "office", "key");
		assertEquals("Office KOJIMACHI, key " + fingerprint + ", ids of block 1\n" + Files.readString(key), shown.out(), "the key to send again");
		Path resent = folder.resolve("again.pub");
		assertEquals(ExitCodes.OK, CliRun.of("--db", office, "office", "key", "--out", resent.toString()).exitCode());
		assertEquals(Files.readString(key), Files.readString(resent));
		assertEquals(ExitCodes.FAILURE, CliRun.of("--db", central, "office", "key").exitCode(), "central has no office key");

		CliRun again = CliRun.of("--db", central, "office", "add", "KOJIMACHI", "--name", "麹町", "--key", key.toString());
		assertEquals(ExitCodes.FAILURE, again.exitCode());
		assertEquals("madoguchi: Office KOJIMACHI is registered already (麹町出張所).\n", again.err());

		CliRun badBlock = CliRun.of("--db", folder.resolve("kudan").toString(), "replica", "create", "--from", backup, "--office", "KUDAN",
				"--key-out", folder.resolve("KUDAN.pub").toString(), "--id-block", "0");
		assertEquals(ExitCodes.USAGE, badBlock.exitCode());
		assertTrue(badBlock.err().startsWith("madoguchi: Invalid value for option '--id-block': 0 is not "), badBlock.err());

		String changes = folder.resolve("KOJIMACHI.mdsync").toString();
		CliRun empty = CliRun.of("--db", office, "sync", "export", "--out", changes);
		assertEquals("Office KOJIMACHI has no entries central has not acknowledged; exported 1 audit entry to " + changes + "\n", empty.out(), empty.err());
		CliRun fromCentral = CliRun.of("--db", central, "sync", "export", "--out", changes);
		assertEquals(ExitCodes.FAILURE, fromCentral.exitCode());
		assertEquals("madoguchi: " + central + " is no branch office's register: only a register made by replica create has an office key to sign change files with.\n",
				fromCentral.err());
	}

	@Test
	void twoReplicasFromOneBackupShareTheDefaultBlockAndCentralNamesTheBlockToMakeTheSecondAgainWith() throws Exception {
		for (String office : new String[] { "KANDA", "KUDAN" }) {
			CliRun replica = CliRun.of("--db", folder.resolve(office).toString(), "replica", "create", "--from", backup, "--office", office,
					"--key-out", folder.resolve(office + ".pub").toString());
			assertTrue(replica.out().endsWith("\nIts new records get the ids of block 1, from 1000000000000\n"), replica.out() + replica.err());
		}
		assertEquals(ExitCodes.OK, CliRun.of("--db", central, "office", "add", "KANDA", "--name", "神田出張所", "--key",
				folder.resolve("KANDA.pub").toString()).exitCode());

		CliRun second = CliRun.of("--db", central, "office", "add", "KUDAN", "--name", "九段出張所", "--key", folder.resolve("KUDAN.pub").toString());
		assertEquals(ExitCodes.FAILURE, second.exitCode());
		assertEquals("madoguchi: Office KANDA hands out the ids of block 1 already: make this office's register again from central's backup with "
				+ "replica create \u2026 --id-block 2, a free block.\n", second.err());
		JsonArray offices = JsonParser.parseString(CliRun.of("--db", central, "office", "list", "--json").out()).getAsJsonArray();
		assertEquals(1, offices.size(), "nothing of KUDAN stays at central: " + offices);
		assertTrue(CliRun.of("--db", central, "audit").out().lines().noneMatch(line -> line.contains("KUDAN")), "no entry of KUDAN's");

		String again = folder.resolve("KUDAN-again").toString();
		CliRun remade = CliRun.of("--db", again, "replica", "create", "--from", backup, "--office", "KUDAN", "--key-out",
				folder.resolve("KUDAN.pub").toString(), "--id-block", "2");
		assertEquals(ExitCodes.OK, remade.exitCode(), remade.err());
		CliRun added = CliRun.of("--db", central, "office", "add", "KUDAN", "--name", "九段出張所", "--key", folder.resolve("KUDAN.pub").toString());
		assertEquals(ExitCodes.OK, added.exitCode(), added.err());
		assertTrue(added.out().endsWith(", ids of block 2\n"), added.out());
	}

	@Test
	void ofTwoReplicasMadeIntoOneFolderAtOnceOneWinsAndTheOtherIsRefusedLeavingTheWinnersRegister() throws Exception {
		String office = folder.resolve("office").toString();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			Map<String, Future<CliRun>> runs = new LinkedHashMap<>();
			for (String code : new String[] { "KANDA", "KUDAN" }) {
				runs.put(code, both.submit(() -> {
					start.await();
					return CliRun.of("--db", office, "replica", "create", "--from", backup, "--office", code, "--key-out",
							folder.resolve(code + ".pub").toString());
				}));
			}
			start.countDown();
			List<String> winners = new ArrayList<>();
			for (Map.Entry<String, Future<CliRun>> run : runs.entrySet()) {
				CliRun result = run.getValue().get(60, TimeUnit.SECONDS);
				if (result.exitCode() == ExitCodes.OK) {
					winners.add(run.getKey());
				} else {
					assertEquals(ExitCodes.FAILURE, result.exitCode(), result.err());
					assertEquals("madoguchi: A database already exists at " + office + "; restore goes into a new, empty place\n", result.err());
					assertFalse(Files.exists(folder.resolve(run.getKey() + ".pub")), "the refused one wrote no key");
				}
			}
			assertEquals(1, winners.size(), "exactly one wins: " + winners);
			String winner = winners.get(0);
			CliRun key = CliRun.of("--db", office, "office", "key");
			assertEquals(ExitCodes.OK, key.exitCode(), key.err());
			assertTrue(key.out().startsWith("Office " + winner + ", key "), key.out());
			assertTrue(key.out().endsWith(Files.readString(folder.resolve(winner + ".pub"))), "the register signs with the key the winner wrote");
			assertEquals(ExitCodes.OK, CliRun.of("--db", office, "audit", "verify").exitCode());
			assertEquals(ExitCodes.OK, CliRun.of("--db", central, "office", "add", winner, "--name", "出張所", "--key",
					folder.resolve(winner + ".pub").toString()).exitCode());
		} finally {
			both.shutdownNow();
		}
	}
}
