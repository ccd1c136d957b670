package org.madoguchi.store.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.BackupOwners;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Identities;
import org.madoguchi.store.Operator;
import org.madoguchi.store.StoreException;
import org.madoguchi.store.Work;

/**
 * Backups: a zip holding {@code manifest.properties} (format, schema version, rows and SHA-256 per
 * table) and one entry per table, each row a line of tab-separated, escaped values. Portable
 * between H2 and PostgreSQL; written in one snapshot transaction while the database is open;
 * restored in one transaction (embedded: into a scratch file moved into place at the end).
 */
public final class JdbcBackup {

	static final String FORMAT = "madoguchi-backup-1";
	static final String MANIFEST = "manifest.properties";
	static final String ATTACHMENTS = "attachments/";
	/** The audit chain's head when the backup was taken: an anchor kept outside the register. */
	private static final String HEAD_ENTRY = "auditHead.entry";
	private static final String HEAD_HASH = "auditHead.sha256";
	/** Tables in an order that satisfies their references. */
	static final List<String> TABLES = List.of("database_setting", "municipality", "household", "resident", "address_entry", "card",
			"card_transition", "certificate", "civil_servant", "operator", "audit_entry", "login_failure", "job_progress", "import_run", "import_reject",
			"resident_change", "card_note", "journal_entry", "branch_office", "sync_mark", "sync_conflict");
	private static final List<String> IDENTITY_TABLES = List.of("household", "resident", "address_entry", "card", "card_transition",
			"certificate", "audit_entry", "import_reject", "resident_change", "card_note", "sync_conflict");
	private static final String NULL = "\\N";
	/** The scratch folder a restore builds the database in, inside the new database's folder. */
	private static final String RESTORING = ".restoring-";

	/**
	 * Writes the backup to {@code file} (a new file the caller moves into place when complete); the
	 * caller runs it inside a snapshot (repeatable read) transaction.
	 */
	static void write(Connection connection, int schemaVersion, Path file, String encryptionKey, Map<String, byte[]> attachments) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			Map<String, String> manifest = new LinkedHashMap<>();
			manifest.put("format", FORMAT);
			manifest.put("schemaVersion", String.valueOf(schemaVersion));
			manifest.put("createdAt", Instant.now().toString());
			manifest.put("encrypted", String.valueOf(encryptionKey != null));
			// in plain text, encrypted or not: a hash tells nothing, and the anchor must be readable by whoever verifies
			AuditChain.head(connection).ifPresent(head -> {
				manifest.put(HEAD_ENTRY, String.valueOf(head.entryId()));
				manifest.put(HEAD_HASH, head.hash());
			});
			for (String table : TABLES) {
				zip.putNextEntry(new ZipEntry(table + ".tsv"));
				MessageDigest digest = sha256();
				OutputStream entry = new DigestOutputStream(new NonClosing(zip), digest);
				long rows;
				if (encryptionKey == null) {
					rows = writeTable(connection, table, entry);
				} else {
					ByteArrayOutputStream plain = new ByteArrayOutputStream();
					rows = writeTable(connection, table, plain);
					entry.write(encrypt(encryptionKey, plain.toByteArray()));
				}
				entry.flush();
				zip.closeEntry();
				manifest.put(table + ".rows", String.valueOf(rows));
				manifest.put(table + ".sha256", HexFormat.of().formatHex(digest.digest()));
			}
			for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
				zip.putNextEntry(new ZipEntry(ATTACHMENTS + attachment.getKey()));
				zip.write(attachment.getValue());
				zip.closeEntry();
			}
			zip.putNextEntry(new ZipEntry(MANIFEST));
			StringBuilder text = new StringBuilder();
			manifest.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
			zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write the backup " + file, e);
		} catch (SQLException e) {
			throw StoreException.because(e, "backup.readFailed", SqlFailure.describe(e));
		}
	}

	private static long writeTable(Connection connection, String table, OutputStream out) throws SQLException, IOException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select * from " + table + orderBy(table))) {
			return writeRows(result, out);
		}
	}

	/** Writes the rows of {@code result} as a table of the backup: a header of column names, then a line per row. */
	static long writeRows(ResultSet result, OutputStream out) throws SQLException, IOException {
		long rows = 0;
		ResultSetMetaData meta = result.getMetaData();
		StringBuilder header = new StringBuilder();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			header.append(column > 1 ? "\t" : "").append(meta.getColumnName(column).toLowerCase());
		}
		out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
		while (result.next()) {
			StringBuilder line = new StringBuilder();
			for (int column = 1; column <= meta.getColumnCount(); column++) {
				String value = result.getString(column);
				line.append(column > 1 ? "\t" : "").append(value == null ? NULL : escape(value));
			}
			out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			rows++;
		}
		return rows;
	}

	static String orderBy(String table) {
		return IDENTITY_TABLES.contains(table) ? " order by id" : "";
	}

	/** Restores {@code file} into a new database at {@code location}. */
	public static void restore(Path file, DatabaseLocation location, String filePassword, String encryptionKey, Work<?> finish) {
		if (location.isEmbedded() && location.exists()) {
			throw StoreException.of("restore.exists", location.toString());
		}
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Map<String, String> manifest = manifest(zip, file);
			verify(zip, manifest, file);
			if (Boolean.parseBoolean(manifest.get("encrypted")) && encryptionKey == null) {
				throw StoreException.of("backup.encrypted", file.toString());
			}
			String key = Boolean.parseBoolean(manifest.get("encrypted")) ? encryptionKey : null;
			if (location.isEmbedded()) {
				boolean restored = ExclusiveCreation.publish(location, RESTORING, draft -> {
					try (JdbcStore store = JdbcStore.build(draft, filePassword)) {
						store.load(connection -> {
							// the draft becomes the register only once whole: it commits as it goes, so that a million rows are not one transaction
							DeferredIndexes indexes = DeferredIndexes.drop(connection);
							load(connection, zip, key, manifest, true);
							indexes.build(connection);
							finish.run(new JdbcSession(connection));
						});
					}
				});
				if (!restored) {
					throw StoreException.of("restore.exists", location.toString());
				}
			} else {
				try (JdbcStore store = JdbcStore.open(location, null)) {
					store.load(connection -> {
						load(connection, zip, key, manifest, false);
						finish.run(new JdbcSession(connection));
					});
				}
			}
		} catch (ZipException e) {
			throw StoreException.because(e, "backup.damaged", file.toString(), e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the backup " + file, e);
		}
	}

	/** The settings and operators of a backup, read without restoring anything. */
	public static BackupOwners owners(Path file, String encryptionKey) {
		return reading(file, zip -> {
			Map<String, String> manifest = manifest(zip, file);
			boolean encrypted = Boolean.parseBoolean(manifest.get("encrypted"));
			if (encrypted && encryptionKey == null) {
				throw StoreException.of("backup.encrypted", file.toString());
			}
			String key = encrypted ? encryptionKey : null;
			Map<String, String> settings = new LinkedHashMap<>();
			for (Map<String, String> row : rows(zip, manifest, file, "database_setting", key)) {
				settings.put(row.get("name"), row.get("val"));
			}
			// a disabled operator is not an owner: they cannot restore the register either
			List<Operator> operators = rows(zip, manifest, file, "operator", key).stream().filter(row -> isTrue(row.get("active")))
					.map(row -> new Operator(row.get("id"), row.get("name"), row.get("role"), row.get("password_hash"))).toList();
			return new BackupOwners(settings, operators);
		});
	}

	/** A boolean as a backup holds it: H2 writes TRUE, PostgreSQL t. */
	private static boolean isTrue(String value) {
		return Boolean.parseBoolean(value) || "t".equals(value);
	}

	/** The rows of one table of a backup by column name (null for SQL null), its checksum verified. */
	private static List<Map<String, String>> rows(ZipFile zip, Map<String, String> manifest, Path file, String table, String key)
			throws IOException {
		ZipEntry entry = zip.getEntry(table + ".tsv");
		if (entry == null) {
			throw StoreException.of("backup.incomplete", file.toString(), table);
		}
		byte[] bytes;
		try (InputStream in = zip.getInputStream(entry)) {
			bytes = in.readAllBytes();
		}
		if (!HexFormat.of().formatHex(sha256().digest(bytes)).equals(manifest.get(table + ".sha256"))) {
			throw StoreException.of("backup.checksum", file.toString(), table);
		}
		String[] lines = new String(key == null ? bytes : decrypt(key, bytes), StandardCharsets.UTF_8).split("\n");
		String[] columns = lines[0].split("\t");
		List<Map<String, String>> rows = new ArrayList<>();
		for (int line = 1; line < lines.length; line++) {
			String[] values = lines[line].split("\t", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < columns.length; i++) {
				row.put(columns[i], NULL.equals(values[i]) ? null : unescape(values[i]));
			}
			rows.add(row);
		}
		return rows;
	}

	/** The audit chain's head recorded in a backup's manifest; empty for a backup of an empty trail. */
	public static Optional<AuditAnchor> auditHead(Path file) {
		return reading(file, zip -> {
			Map<String, String> manifest = manifest(zip, file);
			String entry = manifest.get(HEAD_ENTRY);
			return entry == null ? Optional.empty() : Optional.of(new AuditAnchor(Long.parseLong(entry), manifest.get(HEAD_HASH)));
		});
	}

	/** An attachment stored with {@link #write}, read without restoring anything. */
	public static Optional<byte[]> attachment(Path file, String name) {
		return reading(file, zip -> {
			ZipEntry entry = zip.getEntry(ATTACHMENTS + name);
			if (entry == null) {
				return Optional.empty();
			}
			try (InputStream in = zip.getInputStream(entry)) {
				return Optional.of(in.readAllBytes());
			}
		});
	}

	/** What is read from a backup's zip. */
	@FunctionalInterface
	private interface ZipReading<T> {
		T read(ZipFile zip) throws IOException;
	}

	/** Opens a backup for {@code reading}, a damaged or foreign file said in words. */
	private static <T> T reading(Path file, ZipReading<T> reading) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return reading.read(zip);
		} catch (ZipException e) {
			throw StoreException.because(e, "backup.damaged", file.toString(), e.getMessage());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the backup " + file, e);
		}
	}

	private static Map<String, String> manifest(ZipFile zip, Path file) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			throw StoreException.of("backup.noManifest", file.toString());
		}
		Map<String, String> manifest = new LinkedHashMap<>();
		try (InputStream in = zip.getInputStream(entry)) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				int equals = line.indexOf('=');
				if (equals > 0) {
					manifest.put(line.substring(0, equals), line.substring(equals + 1));
				}
			}
		}
		if (!FORMAT.equals(manifest.get("format"))) {
			throw StoreException.of("backup.format", file.toString(), manifest.get("format"));
		}
		int version = Integer.parseInt(manifest.getOrDefault("schemaVersion", "0"));
		if (version != Migrations.latest()) {
			throw StoreException.of("backup.version", file.toString(), String.valueOf(version), String.valueOf(Migrations.latest()));
		}
		return manifest;
	}

	private static void verify(ZipFile zip, Map<String, String> manifest, Path file) throws IOException {
		for (String table : TABLES) {
			ZipEntry entry = zip.getEntry(table + ".tsv");
			if (entry == null || manifest.get(table + ".sha256") == null) {
				throw StoreException.of("backup.incomplete", file.toString(), table);
			}
			MessageDigest digest = sha256();
			try (InputStream in = zip.getInputStream(entry)) {
				byte[] buffer = new byte[65536];
				for (int read; (read = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, read);
				}
			}
			if (!HexFormat.of().formatHex(digest.digest()).equals(manifest.get(table + ".sha256"))) {
				throw StoreException.of("backup.checksum", file.toString(), table);
			}
		}
	}

	/**
	 * Loads every table, then puts the audit chain's head where the manifest says it was;
	 * {@code inBatches}: committing each batch of rows (into a draft nobody else sees).
	 */
	private static void load(Connection connection, ZipFile zip, String encryptionKey, Map<String, String> manifest, boolean inBatches)
			throws SQLException, IOException {
		for (String table : TABLES) {
			try (InputStream in = zip.getInputStream(zip.getEntry(table + ".tsv"))) {
				// an open backup's table is read a line at a time: a million residents' rows never sit in the heap at once
				InputStream plain = encryptionKey == null ? in : new ByteArrayInputStream(decrypt(encryptionKey, in.readAllBytes()));
				loadTable(connection, table, new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8)), inBatches);
			}
		}
		// central's block; a branch office's register moves to its own once restored
		handOutBlock(connection, 0);
		if (manifest.containsKey(HEAD_ENTRY)) {
			AuditChain.moveHead(connection, new AuditAnchor(Long.parseLong(manifest.get(HEAD_ENTRY)), manifest.get(HEAD_HASH)));
		}
	}

	/** Restarts each table's ids after the highest of block {@code block}, or at the block's first. */
	static void handOutBlock(Connection connection, long block) throws SQLException {
		long first = Math.max(1, block * Identities.BLOCK);
		for (String table : IDENTITY_TABLES) {
			try (PreparedStatement highest = connection.prepareStatement("select max(id) from " + table + " where id >= ? and id < ?")) {
				highest.setLong(1, first);
				highest.setLong(2, (block + 1) * Identities.BLOCK);
				try (ResultSet max = highest.executeQuery(); Statement restart = connection.createStatement()) {
					max.next();
					long next = max.getObject(1) == null ? first : max.getLong(1) + 1;
					restart.execute("alter table " + table + " alter column id restart with " + next);
				}
			}
		}
	}

	/** Inserts the rows of a table as {@link #writeRows} wrote them. */
	static void loadTable(Connection connection, String table, String text) throws SQLException {
		try {
			loadTable(connection, table, new BufferedReader(new StringReader(text)), false);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Inserts the rows of a table as {@link #writeRows} wrote them, read line by line from {@code lines}, committing each batch when {@code inBatches}. */
	private static void loadTable(Connection connection, String table, BufferedReader lines, boolean inBatches) throws SQLException, IOException {
		String header = lines.readLine();
		if (header == null) {
			return;
		}
		String[] columns = header.split("\t");
		int[] types = new int[columns.length];
		try (Statement statement = connection.createStatement();
				ResultSet empty = statement.executeQuery("select " + String.join(", ", columns) + " from " + table + " where 1 = 0")) {
			for (int i = 0; i < columns.length; i++) {
				types[i] = empty.getMetaData().getColumnType(i + 1);
			}
		}
		String placeholders = String.join(", ", Collections.nCopies(columns.length, "?"));
		try (PreparedStatement insert = connection
				.prepareStatement("insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")")) {
			long row = 0;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] values = line.split("\t", -1);
				for (int i = 0; i < columns.length; i++) {
					bind(insert, i + 1, types[i], values[i]);
				}
				insert.addBatch();
				if (++row % 5_000 == 0) {
					insert.executeBatch();
					if (inBatches) {
						connection.commit();
					}
				}
			}
			insert.executeBatch();
		}
	}

	private static void bind(PreparedStatement insert, int index, int type, String value) throws SQLException {
		if (NULL.equals(value)) {
			insert.setNull(index, type);
			return;
		}
		String text = unescape(value);
		switch (type) {
		case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> insert.setLong(index, Long.parseLong(text));
		case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, isTrue(text));
		case Types.DATE -> insert.setDate(index, Date.valueOf(text));
		case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> insert.setTimestamp(index, Timestamp.valueOf(text));
		default -> insert.setString(index, text);
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static String unescape(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\' && i + 1 < value.length()) {
				char next = value.charAt(++i);
				out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
				});
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static byte[] encrypt(String key, byte[] plain) {
		byte[] iv = new byte[12];
		new SecureRandom().nextBytes(iv);
		byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, iv, plain);
		byte[] out = new byte[iv.length + sealed.length];
		System.arraycopy(iv, 0, out, 0, iv.length);
		System.arraycopy(sealed, 0, out, iv.length, sealed.length);
		return out;
	}

	private static byte[] decrypt(String key, byte[] sealed) {
		byte[] iv = Arrays.copyOf(sealed, 12);
		return cipher(Cipher.DECRYPT_MODE, key, iv, Arrays.copyOfRange(sealed, 12, sealed.length));
	}

	private static byte[] cipher(int mode, String key, byte[] iv, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, new SecretKeySpec(sha256().digest(key.getBytes(StandardCharsets.UTF_8)), "AES"), new GCMParameterSpec(128, iv));
			return cipher.doFinal(input);
		} catch (GeneralSecurityException e) {
			throw StoreException.because(e, "backup.undecryptable");
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	/** Lets a table entry be written through a stream chain without closing the zip. */
	private static final class NonClosing extends FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private JdbcBackup() {
	}
}
