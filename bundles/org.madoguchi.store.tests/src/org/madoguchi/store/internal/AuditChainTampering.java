package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/** What someone who can write the database file can do to the chain: recompute hashes, with the product's own code. */
public final class AuditChainTampering {

	/** Gives one entry the hash of what it now holds, linked as it was. */
	public static void rehash(Connection connection, long entryId) throws SQLException {
		String hash;
		try (PreparedStatement query = connection.prepareStatement(
				"select at, operator_id, operation, resident_id, detail, previous_hash from audit_entry where id = " + entryId);
				ResultSet row = query.executeQuery()) {
			row.next();
			long resident = row.getLong(4);
			Long residentId = row.wasNull() ? null : resident;
			hash = AuditChain.hash(row.getString(6), row.getObject(1, LocalDateTime.class), row.getString(2), row.getString(3), residentId,
					row.getString(5));
		}
		try (PreparedStatement update = connection.prepareStatement("update audit_entry set entry_hash = ? where id = " + entryId)) {
			update.setString(1, hash);
			update.executeUpdate();
		}
	}

	/** Recomputes the whole chain and its head, as the migration computed it over the entries then there. */
	public static void recompute(Connection connection) throws SQLException {
		AuditChain.chainExisting(connection);
	}

	private AuditChainTampering() {
	}
}
