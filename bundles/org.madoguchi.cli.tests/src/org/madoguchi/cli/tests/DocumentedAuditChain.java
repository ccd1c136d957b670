package org.madoguchi.cli.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The audit chain computed from the README's definition alone, as someone holding an open
 * register's file could: it proves the definition exact, and it rewrites a chain to fit.
 */
final class DocumentedAuditChain {

	private static final DateTimeFormatter STORED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	/** A plain JDBC connection to an open (unencrypted) embedded register no process has open. */
	static Connection connect(Path register) throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		return new org.h2.Driver().connect("jdbc:h2:file:" + register.resolve("madoguchi"), credentials);
	}

	static void execute(Path register, String sql) throws SQLException {
		try (Connection connection = connect(register); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Gives every entry, and the head, the hash the README's rule gives what it now holds. */
	static void recompute(Path register) throws Exception {
		try (Connection connection = connect(register);
				Statement query = connection.createStatement();
				ResultSet rows = query.executeQuery("select id, at, operator_id, operation, resident_id, detail from audit_entry order by id");
				PreparedStatement update = connection.prepareStatement("update audit_entry set previous_hash = ?, entry_hash = ? where id = ?");
				PreparedStatement head = connection.prepareStatement("update audit_head set entry_id = ?, entry_hash = ?")) {
			String previous = "0".repeat(64);
			long last = 0;
			while (rows.next()) {
				String hash = hash(previous, STORED_TIME.format(rows.getObject(2, LocalDateTime.class)), rows.getString(3), rows.getString(4),
						rows.getString(5), rows.getString(6));
				update.setString(1, previous);
				update.setString(2, hash);
				update.setLong(3, rows.getLong(1));
				update.executeUpdate();
				previous = hash;
				last = rows.getLong(1);
			}
			head.setLong(1, last);
			head.setString(2, previous);
			head.executeUpdate();
		}
	}

	/** The SHA-256 of the previous hash followed by each field as "length:bytes", or "-" for none. */
	static String hash(String previous, String... fields) throws Exception {
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		message.writeBytes(previous.getBytes(StandardCharsets.US_ASCII));
		for (String field : fields) {
			byte[] utf8 = field == null ? null : field.getBytes(StandardCharsets.UTF_8);
			message.writeBytes((utf8 == null ? "-" : utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
			message.writeBytes(utf8 == null ? new byte[0] : utf8);
		}
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(message.toByteArray()));
	}

	private DocumentedAuditChain() {
	}
}
