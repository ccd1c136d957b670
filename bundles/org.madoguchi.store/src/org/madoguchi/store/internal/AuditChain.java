package org.madoguchi.store.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;
import org.madoguchi.store.ChainedAuditEntry;
import org.madoguchi.store.NewAuditEntry;
import org.madoguchi.store.StoreException;

/**
 * The audit trail's hash chain. An entry's hash is the SHA-256, in lower-case hex, of the previous
 * entry's hash (64 zeros for the first entry) followed by the entry's fields in this order: the
 * time as stored ({@code yyyy-MM-ddTHH:mm:ss.SSSSSS}), the operator ID, the operation code, the
 * resident ID in decimal and the detail; each field as its length in UTF-8 bytes in decimal, a
 * colon and its UTF-8 bytes, or a lone {@code -} when it is null. The lengths keep the fields apart
 * whatever they hold. The entry's id is not hashed: the chain itself gives the order.
 */
final class AuditChain {

	static final String MIGRATION = "V6__audit_chain.sql";
	static final String GENESIS = "0".repeat(64);
	private static final int PAGE = 10_000;
	private static final DateTimeFormatter STORED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");
	/** A page of the trail; the detail's message only for readers of it (the chain itself needs none, nor has a register migrating to the chain). */
	private static final String PAGE_QUERY = "select id, at, operator_id, operation, resident_id, detail, previous_hash, entry_hash, %s"
			+ " from audit_entry where id > ?%s order by id limit " + PAGE;

	/** An entry as the chain sees it. */
	record Link(long id, LocalDateTime at, String operatorId, String operation, Long residentId, String detail, String previousHash,
			String hash, String detailMessage) {

		String expectedHash() {
			return AuditChain.hash(previousHash, at, operatorId, operation, residentId, detail);
		}
	}

	/** What to do with each entry of the trail, oldest first; false stops the reading. */
	@FunctionalInterface
	private interface LinkHandler {
		boolean handle(Link link) throws SQLException;
	}

	static String hash(String previousHash, LocalDateTime at, String operatorId, String operation, Long residentId, String detail) {
		MessageDigest digest = sha256();
		digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
		for (String field : new String[] { STORED_TIME.format(at), operatorId, operation, residentId == null ? null : residentId.toString(),
				detail }) {
			if (field == null) {
				digest.update((byte) '-');
			} else {
				byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
				digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * Appends the entries at the head, in their order, each linked to the one before. The first
	 * statement takes the head's row lock, which concurrent appends (of this process or another) wait
	 * for until this transaction ends: the chain has one order. Their times must be as stored.
	 */
	static void append(Connection connection, List<NewAuditEntry> entries) throws SQLException {
		if (entries.isEmpty()) {
			return;
		}
		try (PreparedStatement lock = connection.prepareStatement("update audit_head set entry_id = entry_id where id = 1")) {
			if (lock.executeUpdate() != 1) {
				throw StoreException.of("audit.headMissing");
			}
		}
		String previous = head(connection).map(AuditAnchor::hash).orElse(GENESIS);
		long id = 0;
		try (PreparedStatement insert = connection.prepareStatement("insert into audit_entry (at, operator_id, operation, resident_id, detail,"
				+ " previous_hash, entry_hash, detail_message) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
			for (NewAuditEntry entry : entries) {
				String hash = hash(previous, entry.at(), entry.operatorId(), entry.operation(), entry.residentId(), entry.detail());
				insert.setObject(1, entry.at());
				insert.setString(2, entry.operatorId());
				insert.setString(3, entry.operation());
				Jdbc.setLong(insert, 4, entry.residentId());
				insert.setString(5, entry.detail());
				insert.setString(6, previous);
				insert.setString(7, hash);
				insert.setString(8, entry.detailMessage());
				insert.addBatch();
				previous = hash;
			}
			insert.executeBatch();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				while (keys.next()) {
					id = keys.getLong(1);
				}
			}
		}
		moveHead(connection, new AuditAnchor(id, previous));
	}

	static Optional<AuditAnchor> head(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select entry_id, entry_hash from audit_head where id = 1");
				ResultSet row = query.executeQuery()) {
			if (!row.next()) {
				return Optional.empty();
			}
			long entryId = row.getLong(1);
			return row.wasNull() ? Optional.empty() : Optional.of(new AuditAnchor(entryId, row.getString(2)));
		}
	}

	static AuditChainCheck verify(Connection connection, AuditAnchor anchor) throws SQLException {
		AuditAnchor head = head(connection).orElse(null);
		ChainWalk walk = new ChainWalk(head, anchor);
		eachLink(connection, walk::take);
		return walk.result();
	}

	/** The migration's part in Java: chains the entries written before there was a chain, in id order. */
	static void chainExisting(Connection connection) throws SQLException {
		String[] previous = { GENESIS };
		long[] last = { 0, 0 };
		try (PreparedStatement update = connection.prepareStatement("update audit_entry set previous_hash = ?, entry_hash = ? where id = ?")) {
			eachLink(connection, link -> {
				String hash = AuditChain.hash(previous[0], link.at(), link.operatorId(), link.operation(), link.residentId(), link.detail());
				update.setString(1, previous[0]);
				update.setString(2, hash);
				update.setLong(3, link.id());
				update.addBatch();
				previous[0] = hash;
				last[0] = link.id();
				if (++last[1] % PAGE == 0) {
					update.executeBatch();
				}
				return true;
			});
			update.executeBatch();
		}
		if (last[0] > 0) {
			moveHead(connection, new AuditAnchor(last[0], previous[0]));
		}
	}

	static void moveHead(Connection connection, AuditAnchor head) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("update audit_head set entry_id = ?, entry_hash = ? where id = 1")) {
			update.setLong(1, head.entryId());
			update.setString(2, head.hash());
			update.executeUpdate();
		}
	}

	/** The entries of some days (inclusive; null for no bound), oldest first, with their hashes, for an archive. */
	static void chained(Connection connection, LocalDate from, LocalDate until, Consumer<ChainedAuditEntry> each) throws SQLException {
		LocalDateTime start = from == null ? null : from.atStartOfDay();
		LocalDateTime end = until == null ? null : until.plusDays(1).atStartOfDay();
		eachLink(connection, 0, start, end, true, passing(each));
	}

	/** The entries after {@code entryId}, oldest first, with their hashes. */
	static void chainedAfter(Connection connection, long entryId, Consumer<ChainedAuditEntry> each) throws SQLException {
		eachLink(connection, entryId, null, null, true, passing(each));
	}

	/** Hands every link to {@code each} as an archive or a change file keeps it. */
	private static LinkHandler passing(Consumer<ChainedAuditEntry> each) {
		return link -> {
			each.accept(new ChainedAuditEntry(link.id(), link.at(), link.operatorId(), link.operation(), link.residentId(), link.detail(),
					link.previousHash(), link.hash(), link.detailMessage()));
			return true;
		};
	}

	/** The whole trail, whatever times its entries hold. */
	private static void eachLink(Connection connection, LinkHandler handler) throws SQLException {
		eachLink(connection, 0, null, null, false, handler);
	}

	/**
	 * Reads the trail after the entry {@code from} (0: from its start) a page at a time by id, so that
	 * a million entries need little memory on either database; with bounds, only the entries of
	 * {@code [start, end)}.
	 */
	private static void eachLink(Connection connection, long from, LocalDateTime start, LocalDateTime end, boolean withMessage,
			LinkHandler handler) throws SQLException {
		long after = from;
		String bounds = (start == null ? "" : " and at >= ?") + (end == null ? "" : " and at < ?");
		try (PreparedStatement query = connection.prepareStatement(String.format(PAGE_QUERY, withMessage ? "detail_message" : "null", bounds))) {
			int index = 2;
			if (start != null) {
				query.setObject(index++, start);
			}
			if (end != null) {
				query.setObject(index, end);
			}
			for (boolean more = true; more;) {
				query.setLong(1, after);
				int read = 0;
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						long resident = rows.getLong(5);
						Long residentId = rows.wasNull() ? null : resident;
						Link link = new Link(rows.getLong(1), rows.getObject(2, LocalDateTime.class), rows.getString(3), rows.getString(4),
								residentId, rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9));
						read++;
						after = link.id();
						if (!handler.handle(link)) {
							return;
						}
					}
				}
				more = read == PAGE;
			}
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java", e);
		}
	}

	private AuditChain() {
	}
}
