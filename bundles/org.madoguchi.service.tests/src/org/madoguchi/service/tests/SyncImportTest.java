package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.service.AuditEntry;
import org.madoguchi.service.ChangeFileImport.Imported;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.NameChange;
import org.madoguchi.service.OfficeConflicts.Conflict;
import org.madoguchi.service.OfficeConflicts.Keep;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.testing.TestPostgres;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Central takes a branch office's change file: every entry once, with the office's ids, by the
 * same use cases as at the counter; a file that is not whole, not signed by the office or not the
 * next one changes nothing; an entry on a record central changed meanwhile waits for a
 * supervisor's decision.
 */
class SyncImportTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private long suzuki;
	/** Where central's register is: a folder of embedded H2, or the PostgreSQL the tests use. */
	private String centralAt;

	private Register open(String name) {
		String location = name.equals("central") ? centralAt : folder.resolve(name).toString();
		return Register.openOrCreateDemo(DatabaseLocation.of(location), Login.none(), RegisterClock.fixedAt(TODAY));
	}

	/**
	 * Central ({@code embedded} or on {@code postgres}) with 鈴木 on it, and the office KANDA made
	 * from its backup; central knows KANDA's key unless {@code register} is false.
	 */
	private void city(String kind, boolean register) throws SQLException {
		centralAt = kind.equals("postgres") ? TestPostgres.emptied() : folder.resolve("central").toString();
		Path backup = folder.resolve("central.zip");
		Path publicKey = folder.resolve("KANDA.pub");
		try (Register central = open("central")) {
			suzuki = central.residents().register(People.resident("鈴木", "次郎", "スズキ", "ジロウ", LocalDate.of(1975, 5, 5), "987654321018"));
			central.backups().backup(backup);
			Register.createReplica(backup, DatabaseLocation.of(folder.resolve("KANDA").toString()), Login.none(), "KANDA", null, publicKey);
			if (register) {
				central.offices().add("KANDA", "神田出張所", publicKey);
			}
		}
	}

	/** The office records a registration, a card from application to issue, a move and a name change; returns the file it exports. */
	private Path officeDay(String name) {
		Path file = folder.resolve(name);
		try (Register office = open("KANDA")) {
			long sato = office.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
			People.issuedCard(office, sato, "AB1234567890");
			office.changes().moveWithin(ChangeTarget.of(suzuki), People.move("神田", "2番2号", LocalDate.of(2026, 11, 12), NotificationKind.MOVE_WITHIN));
			office.changes().changeName(ChangeTarget.of(suzuki),
					new NameChange("鈴木", "二郎", "スズキ", "ジロウ", LocalDate.of(2026, 11, 19), null, "correction of the register"));
			office.sync().export(file);
		}
		return file;
	}

	private static Imported take(Register central, Path file) {
		return central.syncImport().importFile(file, Progress.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void theOfficesChangesArriveOnceWithTheirIdsAndTheSameConsequences(String kind) throws Exception {
		city(kind, true);
		Path file = officeDay("kanda-1.mdsync");
		try (Register central = open("central")) {
			assertEquals(new Imported("KANDA", 1, 7, 7, 0, 0, 1), take(central, file));
			List<AuditEntry> fromKanda = fromKanda(central);
			assertTrue(fromKanda.stream().anyMatch(entry -> entry.operation().equals("register") && Long.valueOf(1_000_000_000_000L).equals(entry.residentId())),
					"the office's audit entries are in central's trail, by the office's operator at the office: " + fromKanda);
			assertEquals(new Imported("KANDA", 1, 7, 0, 7, 0, 1), take(central, file), "a file imported again changes nothing");
			assertEquals(fromKanda, fromKanda(central), "its audit entries are kept once");
		}
		try (Register central = open("central"); Register office = open("KANDA")) {
			assertArrayEquals(exported(office, "office.csv"), exported(central, "central.csv"), "the same residents and addresses");
			long sato = 1_000_000_000_000L;
			sameRecord(office.records().show(sato), central.records().show(sato));
			sameRecord(office.records().show(suzuki), central.records().show(suzuki));
			assertEquals("二郎", central.records().show(suzuki).resident().getGivenName());
			assertTrue(central.queries().audit(null, null, 100).stream().anyMatch(entry -> entry.operation().equals("sync-import")),
					"the import is in central's audit trail");
		}
	}

	private static List<AuditEntry> fromKanda(Register central) {
		return central.queries().audit(null, null, 1000).stream().filter(entry -> entry.operatorId().endsWith("@KANDA")).toList();
	}

	private byte[] exported(Register register, String name) throws IOException {
		Path csv = folder.resolve(name);
		register.exports().exportFile(csv, "utf-8", Progress.NONE);
		return Files.readAllBytes(csv);
	}

	private static void sameRecord(ResidentRecord office, ResidentRecord central) {
		assertTrue(EcoreUtil.equals(office.resident(), central.resident()), "the same person, addresses included");
		assertEquals(office.version(), central.version());
		assertEquals(office.household(), central.household());
		assertEquals(office.cards(), central.cards(), "the same cards, certificates and notes");
		assertEquals(office.changes(), central.changes(), "the same changes, by the same operator at the same time");
	}

	@Test
	void aFileNotWholeNotTheOfficesOrNotForCentralChangesNothing() throws Exception {
		city("embedded", true);
		Path file = officeDay("kanda-1.mdsync");
		PrivateKey officeKey = new OfficeKeys(folder.resolve("KANDA")).privateKey(null);
		try (Register central = open("central")) {
			assertRefused("sync.damaged", central, copy(file, "byte.mdsync", Map.of("entries.jsonl", bytes -> flipped(bytes))));
			assertRefused("sync.signature", central, copy(file, "unsigned.mdsync", Map.of("manifest.json", bytes -> manifest(bytes, m -> {
				m.addProperty("count", 6);
				return m;
			}))));
			PrivateKey stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate();
			assertRefused("sync.signature", central, resigned(file, "stranger.mdsync", stranger, m -> m));
			assertRefused("sync.newerSchema", central, resigned(file, "newer.mdsync", officeKey, m -> {
				m.addProperty("schemaVersion", 99);
				return m;
			}));
			Path notZip = Files.writeString(folder.resolve("notes.mdsync"), "not a change file");
			assertRefused("sync.notAChangeFile", central, notZip);
			assertRefused("sync.noFile", central, folder.resolve("mistyped.mdsync"));
			assertEquals(new Imported("KANDA", 1, 7, 7, 0, 0, 1), take(central, file), "nothing of the refused files was taken");
		}
		try (Register office = open("KANDA")) {
			assertEquals("sync.notCentral", assertThrows(ServiceException.class, () -> take(office, file)).problem().key(),
					"an office takes central's replies, not other offices' files");
		}
	}

	@Test
	void aFileOfAnOfficeCentralDoesNotKnowIsRefused() throws Exception {
		city("embedded", false);
		Path file = officeDay("kanda-1.mdsync");
		try (Register central = open("central")) {
			ServiceException refused = assertRefused("sync.unknownOffice", central, file);
			assertTrue(refused.getMessage().contains("KANDA"), refused.getMessage());
		}
	}

	@Test
	void aLostFileIsRefusedNamingTheMissingEntriesAndTheNextAfterItIsSkippedOnceTaken() throws Exception {
		city("embedded", true);
		Path file = officeDay("kanda-1.mdsync");
		PrivateKey officeKey = new OfficeKeys(folder.resolve("KANDA")).privateKey(null);
		Path later = resigned(file, "later.mdsync", officeKey, Map.of("entries.jsonl", SyncImportTest::withoutFirstTwoLines), m -> {
			m.addProperty("first", 3);
			m.addProperty("count", 5);
			return m;
		});
		try (Register central = open("central")) {
			ServiceException refused = assertRefused("sync.gap", central, later);
			assertEquals(List.of("KANDA", 1L, 2L), List.of(refused.problem().arguments()), refused.getMessage());
			take(central, file);
			assertEquals(new Imported("KANDA", 3, 7, 0, 5, 0, 1), take(central, later));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void anEntryOnARecordCentralChangedWaitsForASupervisorWithBothSides(String kind) throws SQLException {
		city(kind, true);
		try (Register central = open("central")) {
			central.changes().moveWithin(ChangeTarget.of(suzuki), People.move("麹町", "3番3号", LocalDate.of(2026, 11, 10), NotificationKind.MOVE_WITHIN));
		}
		Path file = officeDay("kanda-1.mdsync");
		try (Register central = open("central")) {
			assertEquals(new Imported("KANDA", 1, 7, 5, 0, 2, 1), take(central, file), "the registration and the card go in; the move and the name wait");
			assertEquals("麹町", town(central), "central's state stays until a supervisor decides");
			List<Conflict> pending = central.conflicts().list(false, Locale.JAPANESE);
			assertEquals(List.of("change.move-within", "change.name-change"), pending.stream().map(Conflict::useCase).toList());
			Conflict move = pending.get(0);
			assertEquals(List.of("KANDA", 6L, suzuki), List.of(move.office(), move.sequence(), move.residentId()));
			assertNotNull(move.centralSide(), "central's competing entry is kept beside the office's");
			assertTrue(move.officeEntry().contains("神田") && move.centralSide().contains("麹町"), move.officeEntry() + " / " + move.centralSide());
			assertTrue(move.reason().contains("central"), move.reason());

			Conflict kept = central.conflicts().resolve(move.id(), Keep.OFFICE, "神田の届出が先", Locale.JAPANESE);
			assertEquals("office", kept.status());
			assertEquals("神田", town(central), "the office's move, applied on central's record");
			central.conflicts().resolve(pending.get(1).id(), Keep.CENTRAL, null, Locale.ENGLISH);
			assertEquals("次郎", central.records().show(suzuki).resident().getGivenName(), "central kept its name");
			assertEquals(List.of(), central.conflicts().list(false, Locale.ENGLISH));
			assertEquals(2, central.conflicts().list(true, Locale.ENGLISH).size(), "decided conflicts stay readable");
			assertEquals("conflict.decided", assertThrows(ServiceException.class,
					() -> central.conflicts().resolve(move.id(), Keep.CENTRAL, null, Locale.ENGLISH)).problem().key());
			assertEquals("conflict.unknown", assertThrows(ServiceException.class,
					() -> central.conflicts().resolve(99, Keep.CENTRAL, null, Locale.ENGLISH)).problem().key());
			assertEquals(new Imported("KANDA", 1, 7, 0, 7, 0, 1), take(central, file), "a decided conflict is not taken again");
		}
	}

	@Test
	void anEntryTheRegisterRefusesIsKeptWithTheRefusal() throws SQLException {
		city("embedded", true);
		try (Register central = open("central")) {
			central.residents().register(People.resident("田中", "三郎", "タナカ", "サブロウ", LocalDate.of(1990, 1, 1), "123456789018"));
		}
		Path file = officeDay("kanda-1.mdsync");
		try (Register central = open("central")) {
			Imported imported = take(central, file);
			assertEquals(5, imported.conflicts(), "佐藤's number is 田中's at central, and his card's steps need him");
			Conflict refused = central.conflicts().list(false, Locale.ENGLISH).get(0);
			assertEquals(List.of(1L, "resident.register"), List.of(refused.sequence(), refused.useCase()));
			assertEquals(null, refused.centralSide());
			assertTrue(refused.reason().contains("Individual Number"), refused.reason());
			String masked = IndividualNumber.mask("123456789018");
			assertTrue(refused.reason().contains(masked) && !refused.reason().contains("5678"), "a supervisor reads the number masked: " + refused.reason());
			assertTrue(refused.officeEntry().contains(masked) && !refused.officeEntry().contains("123456789018"),
					"in the office's entry too: " + refused.officeEntry());
			String japanese = central.conflicts().list(false, Locale.JAPANESE).get(0).reason();
			assertTrue(japanese.contains(masked), japanese);
		}
	}

	/** The town of 鈴木's current address. */
	private String town(Register register) {
		var entries = register.records().show(suzuki).resident().getAddresses();
		return entries.get(entries.size() - 1).getAddress().getTown();
	}

	private static ServiceException assertRefused(String key, Register central, Path file) {
		ServiceException refused = assertThrows(ServiceException.class, () -> take(central, file));
		assertEquals(key, refused.problem().key(), refused.getMessage());
		return refused;
	}

	private static byte[] flipped(byte[] bytes) {
		byte[] changed = bytes.clone();
		changed[changed.length / 2] ^= 1;
		return changed;
	}

	private static byte[] withoutFirstTwoLines(byte[] bytes) {
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
		return (String.join("\n", lines.subList(2, lines.size())) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] manifest(byte[] bytes, UnaryOperator<JsonObject> change) {
		return change.apply(JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject()).toString()
				.getBytes(StandardCharsets.UTF_8);
	}

	private Path resigned(Path file, String name, PrivateKey key, UnaryOperator<JsonObject> change) throws Exception {
		return resigned(file, name, key, Map.of(), change);
	}

	/** A copy of {@code file} with its parts changed, the manifest's digests made to match and signed with {@code key}. */
	private Path resigned(Path file, String name, PrivateKey key, Map<String, UnaryOperator<byte[]>> parts, UnaryOperator<JsonObject> change)
			throws Exception {
		Map<String, byte[]> changed = partsOf(file);
		parts.forEach((part, how) -> changed.put(part, how.apply(changed.get(part))));
		byte[] manifest = manifest(changed.get("manifest.json"), m -> {
			m.addProperty("entriesSha256", sha256(changed.get("entries.jsonl")));
			return change.apply(m);
		});
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key);
		signature.update(manifest);
		changed.put("manifest.json", manifest);
		changed.put("manifest.sig", Base64.getEncoder().encode(signature.sign()));
		return written(folder.resolve(name), changed);
	}

	private Path copy(Path file, String name, Map<String, UnaryOperator<byte[]>> parts) throws IOException {
		Map<String, byte[]> changed = partsOf(file);
		parts.forEach((part, how) -> changed.put(part, how.apply(changed.get(part))));
		return written(folder.resolve(name), changed);
	}

	private static Map<String, byte[]> partsOf(Path file) throws IOException {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
			}
		}
		return parts;
	}

	private static Path written(Path file, Map<String, byte[]> parts) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (var part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
