package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.service.BranchOffices.Office;
import org.madoguchi.service.ChangeJournal;
import org.madoguchi.service.ChangeJournal.Entry;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.Replicas.Replica;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.OfficeKeys;

/**
 * A branch office's register is made from central's backup with its own code and key pair, and
 * central registers the office with the public key the replica wrote; what is not an office's
 * code or key is refused with the reason.
 */
class BranchOfficesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
	private static final byte[] MESSAGE = "journal entries".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path folder;

	private Register central() {
		return Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("central").toString()), Login.none(), RegisterClock.fixedAt(TODAY));
	}

	private Path backupOf(Register register) {
		Path backup = folder.resolve("central.zip");
		register.backups().backup(backup);
		return backup;
	}

	private Replica replica(Path backup, String code, Path publicKey) {
		return Register.createReplica(backup, DatabaseLocation.of(folder.resolve(code).toString()), Login.none(), code, null, publicKey);
	}

	@Test
	void aReplicaJournalsAsItsOfficeAndCentralTakesItsKey() throws Exception {
		try (Register central = central()) {
			long sato = central.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			Path publicKey = folder.resolve("KOJIMACHI.pub");
			Replica replica = replica(backupOf(central), "ｋｏｊｉｍａｃｈｉ", publicKey);
			assertEquals("KOJIMACHI", replica.office(), "typed in full width, kept in ASCII upper case");

			try (Register office = Register.open(DatabaseLocation.of(folder.resolve("ｋｏｊｉｍａｃｈｉ").toString()), Login.none(),
					RegisterClock.fixedAt(TODAY))) {
				assertEquals("KOJIMACHI", office.journal().office());
				office.cards().apply(sato, LocalDate.of(2026, 11, 2), ApplicationChannel.COUNTER);
				assertEquals("office.notCentral", refusal(() -> office.offices().add("KANDA", "神田出張所", publicKey)).problem().key(),
						"offices are added at central");
				Entry applied = office.journal().entries(0, 10).get(0);
				assertEquals(List.of("KOJIMACHI", 1L, "card.apply"), List.of(applied.office(), applied.sequence(), applied.useCase()),
						"the office numbers its own entries from 1; central's entries stay central's");
			}
			assertEquals(ChangeJournal.CENTRAL, central.journal().office());

			Office added = central.offices().add("KOJIMACHI", " 麹町出張所 ", publicKey);
			assertEquals(replica.fingerprint(), added.fingerprint(), "the fingerprint both sides can read out to each other");
			assertEquals(List.of(added), central.offices().list());
			assertEquals("麹町出張所", added.name());
		}
	}

	@Test
	void theReplicasPrivateKeySignsWhatItsPublishedKeyVerifies() throws Exception {
		try (Register central = central()) {
			Path publicKey = folder.resolve("KANDA.pub");
			replica(backupOf(central), "KANDA", publicKey);
			PublicKey published = OfficeKeys.fromPem(Files.readString(publicKey)).orElseThrow();
			assertTrue(verifies(published, sign(new OfficeKeys(folder.resolve("KANDA")).privateKey(null))));
			assertTrue(Files.readString(publicKey).startsWith("Id-Block: 1\n-----BEGIN PUBLIC KEY-----\n"),
					"the office's block of ids, then PEM, as OpenSSL reads it");
		}
	}

	@Test
	void aProductionReplicaSealsItsPrivateKeyUnderTheDatabaseKey() throws Exception {
		ProductionOffice production = ProductionOffice.createIn(folder);
		Path backup = folder.resolve("production.zip");
		try (Register supervisor = production.as("sato", "supervisor-pass")) {
			supervisor.backups().backup(backup);
		}
		Path publicKey = folder.resolve("KUDAN.pub");
		Path kudan = folder.resolve("KUDAN");
		Register.createReplica(backup, DatabaseLocation.of(kudan.toString()), new Login("sato", "supervisor-pass"::toCharArray), "KUDAN", null,
				publicKey);
		assertTrue(!Files.readString(kudan.resolve(OfficeKeys.FILE), StandardCharsets.ISO_8859_1).contains("\nprivateKey="),
				"no plain private key beside an encrypted register");
		String databaseKey = new DatabaseKeys(kudan).unlock("sato", "supervisor-pass".toCharArray()).orElseThrow();
		PublicKey published = OfficeKeys.fromPem(Files.readString(publicKey)).orElseThrow();
		assertTrue(verifies(published, sign(new OfficeKeys(kudan).privateKey(databaseKey))));
	}

	@Test
	void whatIsNotAnOfficesCodeOrKeyIsRefusedWithTheReason() throws Exception {
		try (Register central = central()) {
			Path backup = backupOf(central);
			Path publicKey = folder.resolve("KANDA.pub");
			replica(backup, "KANDA", publicKey);
			central.offices().add("KANDA", "神田出張所", publicKey);

			assertEquals("office.central", refusal(() -> central.offices().add("Central", "本庁", publicKey)).problem().key());
			ServiceException badCode = refusal(() -> central.offices().add("神田", "神田出張所", publicKey));
			assertEquals("神田 is not an office code: 1 to 16 letters (A–Z), digits, - or _, beginning with a letter or digit.",
					badCode.getMessage());
			assertEquals("office.exists", refusal(() -> central.offices().add("kanda", "神田", publicKey)).problem().key());
			ServiceException taken = refusal(() -> central.offices().add("KANDA2", "神田第二", publicKey));
			assertEquals("その鍵はすでに支所 KANDA のものです。支所ごとに別の鍵で署名します。", taken.problem().in(Locale.JAPANESE));
			Path notAKey = Files.writeString(folder.resolve("notes.txt"), "KANDA\n");
			assertEquals("office.keyFile", refusal(() -> central.offices().add("KUDAN", "九段", notAKey)).problem().key());
			assertEquals("office.name", refusal(() -> central.offices().add("KUDAN", " ", publicKey)).problem().key());
			assertEquals("replica.embedded", refusal(() -> Register.createReplica(backup,
					DatabaseLocation.of("jdbc:postgresql://localhost:5432/x"), Login.none(), "KUDAN", null, folder.resolve("KUDAN.pub"))).problem().key());
			assertEquals(List.of("KANDA"), central.offices().list().stream().map(Office::code).toList(), "nothing refused was added");
		}
	}

	@Test
	void eachOfficeHandsOutIdsOfItsOwnBlockAndCentralRefusesABlockTaken() throws Exception {
		try (Register central = central()) {
			long centrals = central.residents().register(People.resident("本庁", "一郎", "ホンチョウ", "イチロウ", LocalDate.of(1980, 10, 10), "607190208178"));
			Path firstBackup = backupOf(central);
			Path kojimachiKey = folder.resolve("KOJIMACHI.pub");
			assertEquals(1, replica(firstBackup, "KOJIMACHI", kojimachiKey).idBlock(), "the first office's block is 1");
			try (Register office = Register.open(DatabaseLocation.of(folder.resolve("KOJIMACHI").toString()), Login.none(),
					RegisterClock.fixedAt(TODAY))) {
				long offices = office.residents().register(People.resident("麹町", "花子", "コウジマチ", "ハナコ", LocalDate.of(1990, 1, 2), "607190208186"));
				assertEquals(1_000_000_000_000L, offices, "the office's first resident gets the first id of its block");
				assertEquals(1, office.offices().own().idBlock());
			}
			assertTrue(centrals < 1_000_000_000_000L, "central keeps block 0");
			assertEquals(1, central.offices().add("KOJIMACHI", "麹町出張所", kojimachiKey).idBlock());

			Path kandaKey = folder.resolve("KANDA.pub");
			replica(firstBackup, "KANDA", kandaKey);
			ServiceException taken = refusal(() -> central.offices().add("KANDA", "神田出張所", kandaKey));
			assertEquals("Office KOJIMACHI hands out the ids of block 1 already: make this office's register again from central's backup with "
					+ "replica create \u2026 --id-block 2, a free block.", taken.getMessage(), "made from a backup older than KOJIMACHI's registration");
			assertEquals(List.of("KOJIMACHI"), central.offices().list().stream().map(Office::code).toList(), "nothing of KANDA stays at central");

			Path secondBackup = folder.resolve("central-2.zip");
			central.backups().backup(secondBackup);
			assertEquals("office.idBlockTaken", refusal(() -> Register.createReplica(secondBackup,
					DatabaseLocation.of(folder.resolve("KUDAN").toString()), Login.none(), "KUDAN", 1L, folder.resolve("KUDAN.pub"))).problem().key());
			assertEquals("replica.idBlock", refusal(() -> Register.createReplica(secondBackup,
					DatabaseLocation.of(folder.resolve("KUDAN").toString()), Login.none(), "KUDAN", 0L, folder.resolve("KUDAN.pub"))).problem().key());
			Path kudanKey = folder.resolve("KUDAN.pub");
			assertEquals(2, replica(secondBackup, "KUDAN", kudanKey).idBlock(), "the block after the offices registered in the backup");
			assertEquals(List.of(1L, 2L), List.of(central.offices().list().get(0).idBlock(), central.offices().add("KUDAN", "九段出張所", kudanKey).idBlock()));
		}
	}

	@Test
	void anOfficeRestoredFromItsOwnBackupGoesOnWithItsBlockAndIsNoSourceOfReplicas() throws Exception {
		Path officeBackup = folder.resolve("kanda.zip");
		try (Register central = central()) {
			replica(backupOf(central), "KANDA", folder.resolve("KANDA.pub"));
		}
		try (Register office = Register.open(DatabaseLocation.of(folder.resolve("KANDA").toString()), Login.none(), RegisterClock.fixedAt(TODAY))) {
			office.backups().backup(officeBackup);
		}
		DatabaseLocation restored = DatabaseLocation.of(folder.resolve("kanda-restored").toString());
		Register.restore(officeBackup, restored, Login.none());
		try (Register office = Register.open(restored, Login.none(), RegisterClock.fixedAt(TODAY))) {
			assertEquals(1_000_000_000_000L,
					office.residents().register(People.resident("神田", "次郎", "カンダ", "ジロウ", LocalDate.of(1985, 3, 4), "607190208194")),
					"not an id of central's block, which the backup's residents all have");
		}
		ServiceException refused = refusal(() -> Register.createReplica(officeBackup, DatabaseLocation.of(folder.resolve("KUDAN").toString()),
				Login.none(), "KUDAN", null, folder.resolve("KUDAN.pub")));
		assertEquals(officeBackup + " is a backup of branch office KANDA's register: a branch office's register is made from a backup of the "
				+ "central register.", refused.getMessage());
		assertTrue(!Files.exists(folder.resolve("KUDAN.pub")) && !DatabaseLocation.of(folder.resolve("KUDAN").toString()).exists(),
				"no register and no key made");
	}

	private static ServiceException refusal(Executable action) {
		return assertThrows(ServiceException.class, action);
	}

	private static byte[] sign(PrivateKey key) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key);
		signature.update(MESSAGE);
		return signature.sign();
	}

	private static boolean verifies(PublicKey key, byte[] signed) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(key);
		signature.update(MESSAGE);
		return signature.verify(signed);
	}
}
