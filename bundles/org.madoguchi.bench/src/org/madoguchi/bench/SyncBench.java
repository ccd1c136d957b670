package org.madoguchi.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.madoguchi.service.ChangeFileImport.Imported;
import org.madoguchi.service.ChangeFiles.Summary;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ReplyImport;

/**
 * The branch offices' lines, on the imported register standing in for central: {@code replica}
 * makes an office's register from central's backup (beside unzipping the backup), then the office
 * records ten thousand moves within, and central as many of other residents; {@code sync-export}
 * writes the office's change file (beside reading the same journal rows with JDBC into a signed
 * zip), {@code sync-import} applies it at central and {@code sync-reply} applies central's reply
 * at the office (each beside plain JDBC doing one transaction per entry: the record's update and a
 * journal row).
 */
final class SyncBench {

	static final int CHANGES = 10_000;
	private static final String OFFICE = "BENCH";

	private final Path folder;
	private final DatabaseLocation central;
	private final long residents;
	private final LocalDate today;
	private final Consumer<String> say;

	SyncBench(Path folder, DatabaseLocation central, long residents, LocalDate today, Consumer<String> say) {
		this.folder = folder;
		this.central = central;
		this.residents = residents;
		this.today = today;
		this.say = say;
	}

	/** The four lines, in the order an office lives them. */
	List<Measurement> run() throws Exception {
		List<Measurement> lines = new ArrayList<>();
		Path backup = folder.resolve("sync-central.zip");
		Path key = folder.resolve(OFFICE + ".pub");
		DatabaseLocation office = DatabaseLocation.of(folder.resolve("sync-office").toString());
		try (Register register = open(central)) {
			register.backups().backup(backup);
		}
		say.accept("sync: replica of the register of " + residents + " residents");
		Heap.resetPeak();
		long started = System.nanoTime();
		Register.createReplica(backup, office, Login.none(), OFFICE, null, key);
		double seconds = (System.nanoTime() - started) / 1e9;
		lines.add(new Measurement("replica", seconds, bareUnzip(backup), residents, Heap.peakMB(), null, null, null, null));
		try (Register register = open(central)) {
			register.offices().add(OFFICE, "ベンチ出張所", key);
		}

		int changes = (int) Math.min(CHANGES, residents / 4);
		say.accept("sync: " + changes + " moves within at the office, as many at central");
		Set<Long> atOffice = new HashSet<>();
		new Random(29).longs(1, residents + 1).distinct().limit(changes).forEach(atOffice::add);
		moveWithin(office, atOffice);
		moveWithin(central, new Random(31).longs(1, residents + 1).filter(id -> !atOffice.contains(id)).distinct().limit(changes).boxed().toList());
		Path file = folder.resolve(OFFICE + ".mdsync");
		say.accept("sync: export");
		Heap.resetPeak();
		started = System.nanoTime();
		Summary exported;
		try (Register register = open(office)) {
			exported = register.sync().export(file);
		}
		seconds = (System.nanoTime() - started) / 1e9;
		lines.add(new Measurement("sync-export", seconds, bareExport(office), exported.count(), Heap.peakMB(), null, null, null,
				Files.size(file) / 1e6));

		say.accept("sync: import at central");
		Heap.resetPeak();
		started = System.nanoTime();
		Imported imported;
		try (Register register = open(central)) {
			imported = register.syncImport().importFile(file, Progress.NONE);
		}
		seconds = (System.nanoTime() - started) / 1e9;
		if (imported.applied() != changes) {
			throw new IllegalStateException("The office's moves did not all apply at central: " + imported);
		}
		lines.add(new Measurement("sync-import", seconds, bareApply(central, changes), imported.applied(), Heap.peakMB(), null, null, null, null));

		Path reply = folder.resolve(OFFICE + "-reply.mdsync");
		try (Register register = open(central)) {
			register.syncImport().reply(imported, reply);
		}
		say.accept("sync: central's reply at the office");
		Heap.resetPeak();
		started = System.nanoTime();
		ReplyImport.Imported taken;
		try (Register register = open(office)) {
			taken = register.replyImport().importFile(reply, Progress.NONE);
		}
		seconds = (System.nanoTime() - started) / 1e9;
		if (taken.applied() != changes) {
			throw new IllegalStateException("Central's moves did not all apply at the office: " + taken);
		}
		lines.add(new Measurement("sync-reply", seconds, bareApply(office, changes), taken.applied(), Heap.peakMB(), null, null, null, null));
		return lines;
	}

	/** A move within the city of each of {@code ids}, at the counter of {@code db}. */
	private void moveWithin(DatabaseLocation db, Iterable<Long> ids) {
		try (Register register = open(db)) {
			for (long id : ids) {
				register.changes().moveWithin(ChangeTarget.of(id), ChangesBench.moved(register.records().show(id).resident(), today));
			}
		}
	}

	private Register open(DatabaseLocation db) {
		return Register.open(db, Login.none(), RegisterClock.fixedAt(today));
	}

	/** Every part of the backup written out to files: the copy a replica cannot do with less. */
	private double bareUnzip(Path backup) throws IOException {
		Path target = Files.createDirectories(folder.resolve("sync-unzipped"));
		long started = System.nanoTime();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
			int part = 0;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Files.copy(zip, target.resolve("part-" + part++));
			}
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/** The office's journal rows read with JDBC, one line each into a zip, digested and the digest signed. */
	private static double bareExport(DatabaseLocation office) throws Exception {
		KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		long started = System.nanoTime();
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		Path file = office.folder().resolveSibling("bare.mdsync");
		try (Connection connection = connect(office); PreparedStatement query = connection.prepareStatement(
				"select seq, operator_id, recorded_at, use_case, input, reads, created from journal_entry where office_code = ? order by seq");
				OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			query.setString(1, OFFICE);
			zip.putNextEntry(new ZipEntry("entries.jsonl"));
			OutputStream entries = new DigestOutputStream(zip, digest);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					StringBuilder line = new StringBuilder();
					for (int column = 1; column <= 7; column++) {
						line.append(rows.getString(column)).append(column < 7 ? '\t' : '\n');
					}
					entries.write(line.toString().getBytes(StandardCharsets.UTF_8));
				}
			}
			zip.closeEntry();
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(key.getPrivate());
			signature.update(HexFormat.of().formatHex(digest.digest()).getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("manifest.sig"));
			zip.write(signature.sign());
			zip.closeEntry();
		}
		return (System.nanoTime() - started) / 1e9;
	}

	/** {@code changes} transactions, each updating a resident's row and adding a journal row: the floor of applying entries one by one. */
	private static double bareApply(DatabaseLocation central, int changes) throws Exception {
		try (Connection connection = connect(central)) {
			try (Statement create = connection.createStatement()) {
				create.execute("create table bare_journal (seq bigint primary key, line varchar not null)");
			}
			connection.setAutoCommit(false);
			long started = System.nanoTime();
			try (PreparedStatement update = connection.prepareStatement("update resident set address_text = ? where id = ?");
					PreparedStatement journal = connection.prepareStatement("insert into bare_journal (seq, line) values (?, ?)")) {
				for (int n = 1; n <= changes; n++) {
					update.setString(1, "ベンチハイツ" + n);
					update.setLong(2, n);
					update.executeUpdate();
					journal.setLong(1, n);
					journal.setString(2, "{\"useCase\":\"change.move-within\",\"resident\":" + n + "}");
					journal.executeUpdate();
					connection.commit();
				}
			}
			return (System.nanoTime() - started) / 1e9;
		}
	}

	private static Connection connect(DatabaseLocation db) throws Exception {
		return BareH2.connect(db.folder(), "CACHE_SIZE=16384");
	}
}
